/** The invisible controls that reorder text on screen: embeddings and overrides, isolates, marks. */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text from a checked machine with its bidi controls shown, not obeyed (`\u202e`): a right-to-left
 * override inside a folder name would otherwise reverse the rest of the sentence it stands in.
 * Names and paths are also isolated where they are shown (`dir="auto"`), so right-to-left
 * names still read correctly without reordering what surrounds them.
 */
export function visibleBidi(text: string): string {
  return text.replace(BIDI_CONTROLS, (control) => `\\u${control.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
