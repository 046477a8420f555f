/** A rendered document and the name it is offered under. */
export type DocumentFile = { filename: string; pdf: Buffer };
