/** One thing wrong with the dataset: where it is and what was expected. */
export interface Problem {
  /** The file under `data/`, such as `events.json`. */
  file: string;
  /** The id of the record at fault, when there is one. */
  id?: string;
  /** Where in the file or record: a JSON path such as `[3].participants[0].actorId`. */
  path: string;
  message: string;
}

/** Formats a problem as one line: `file id path: message`. */
export function formatProblem(p: Problem): string {
  return `${p.file}${p.id ? ` ${p.id}` : ''} ${p.path}: ${p.message}`;
}

/** Thrown by the loader when `data/` is not a valid dataset; carries every problem found. */
export class DatasetError extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(`the dataset is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
      problems.map((p) => `  ${formatProblem(p)}`).join('\n'));
    this.name = 'DatasetError';
  }
}
