// Public surface of the portable meeting file (`bienban.meeting/1`): schema, parser and paragraph helpers.
export { MEETING_FILE_FORMAT, MAX_PARAGRAPH_CHARS, MAX_TOTAL_CHARS, MeetingFileSchema, type MeetingFile } from './schema';
export { parseMeetingFile, readMeetingFile, MAX_FILE_CHARS, type MeetingFileProblem, type MeetingFileResult } from './parse';
export { meetingFileToExportSource } from './toExportSource';
