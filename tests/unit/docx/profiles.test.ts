// Regime profiles are data: both validate against the schema, differ where the guide says they differ (§3), and a
// per-export override is merged and validated, never half applied.
import { describe, expect, it } from 'vitest';
import { PARTY_PROFILE, RegimeProfile, STATE_PROFILE, profileFor, resolveProfile } from '../../../shared/docx';

describe('regime profiles', () => {
  it('both validate against the schema', () => {
    expect(RegimeProfile.safeParse(STATE_PROFILE).success).toBe(true);
    expect(RegimeProfile.safeParse(PARTY_PROFILE).success).toBe(true);
    expect(profileFor('state')).toBe(STATE_PROFILE);
    expect(profileFor('party')).toBe(PARTY_PROFILE);
  });

  it('carry the differences of guide §3', () => {
    expect([STATE_PROFILE.numbering.reset, PARTY_PROFILE.numbering.reset]).toEqual(['year', 'term']);
    expect([STATE_PROFILE.endMark, PARTY_PROFILE.endMark]).toEqual(['./.', '.']);
    expect(STATE_PROFILE.signing.prefixes).toMatchObject({ collective: 'TM.', deputy: 'KT.', byOrder: 'TL.' });
    expect(PARTY_PROFILE.signing.prefixes).toMatchObject({ collective: 'T/M', deputy: 'K/T', byOrder: 'T/L' });
    expect([STATE_PROFILE.signing.title.bold, PARTY_PROFILE.signing.title.bold]).toEqual([true, false]);
    expect([STATE_PROFILE.title.typeName.sizePt, PARTY_PROFILE.title.typeName.sizePt]).toEqual([14, 16]);
    expect(STATE_PROFILE.minutes.signers).toEqual(['THƯ KÝ', 'CHỦ TỌA']);
    expect(PARTY_PROFILE.minutes.signers).toEqual(['NGƯỜI GHI BIÊN BẢN', 'CHỦ TRÌ HỘI NGHỊ']);
    expect(STATE_PROFILE.header.columnsMm).toEqual([65, 100]);
    expect(PARTY_PROFILE.header.columnsMm).toEqual([85, 80]);
  });

  it('merges a partial override and validates the result', () => {
    const profile = resolveProfile('party', { recipients: { lineEnd: ';' }, body: { line: { kind: 'exact', pt: 20 } } });
    expect(profile.recipients.lineEnd).toBe(';');
    expect(profile.recipients.label).toBe('Nơi nhận:');
    expect(profile.body.line).toEqual({ kind: 'exact', pt: 20 });
    expect(profile.body.sizePt).toBe(14);
    expect(PARTY_PROFILE.recipients.lineEnd).toBe(',');
  });

  it('refuses an override with a bad value, an unknown field or another regime', () => {
    expect(() => resolveProfile('state', { body: { sizePt: 'big' } })).toThrow();
    expect(() => resolveProfile('state', { body: { colour: 'red' } })).toThrow();
    expect(() => resolveProfile('state', { regime: 'party' })).toThrow(/regime/);
  });
});
