// The audit log: who changed what, appended in the same transaction as the change itself.
import type { Db } from '../connection';

export type AuditEntry = { at: string; action: string; entity: string; entityId: number | null; detail: Record<string, unknown> };

export function makeAuditRepo(db: Db) {
  const insert = db.prepare('INSERT INTO audit_log (at, action, entity, entity_id, detail) VALUES (?, ?, ?, ?, ?)');
  const byEntity = db.prepare<[string, number], { at: string; action: string; entity: string; entity_id: number | null; detail: string }>(
    'SELECT at, action, entity, entity_id, detail FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id',
  );
  return {
    record(e: AuditEntry) {
      insert.run(e.at, e.action, e.entity, e.entityId, JSON.stringify(e.detail));
    },
    forEntity: (entity: string, id: number): AuditEntry[] =>
      byEntity.all(entity, id).map((r) => ({ at: r.at, action: r.action, entity: r.entity, entityId: r.entity_id, detail: JSON.parse(r.detail) })),
  };
}
export type AuditRepo = ReturnType<typeof makeAuditRepo>;
