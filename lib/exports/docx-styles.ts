/**
 * A paragraph style of the DOCX documents (convocation, minutes): based on Normal, followed
 * by Normal, shown in Word's style gallery, no spacing unless given.
 */
export function paragraphStyle(id: string, name: string, run: object, paragraph: object = {}) {
  return {
    id,
    name,
    basedOn: "Normal",
    next: "Normal",
    quickFormat: true,
    run,
    paragraph: { spacing: { before: 0, after: 0 }, ...paragraph },
  };
}
