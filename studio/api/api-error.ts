export interface ApiIssue {
  /** A JSON path such as `$.nodes[3].options[0].text`. */
  path: string;
  message: string;
}

/** A failed API call, carrying what the server said in a form the UI can show as is. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: readonly ApiIssue[] = [],
  ) {
    super(message);
    this.name = "ApiError";
  }
}
