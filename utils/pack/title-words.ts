/**
 * Words capitalised in names of offices and bodies that name no one by themselves ("General Staff",
 * "Port Authority", "Mayor Ilse Darrow"): a run with a body word names an organisation, and none of
 * them anchors a story or identifies a speaker alone.
 */
const BODY =
  /^(?:staff|house|ministry|authority|board|office|council|agency|guard|forces?|army|police|department|institute|committee|service|party|government|commission|court|bank|union|press|news|media|group|command|military|navy|administration|parliament|senate|congress|kremlin)$/;
const TITLE =
  /^(?:general|chief|president|presidential|prime|minister|secretary|spokes(?:man|woman|person)|commander|deputy|head|ambassador|envoy|special|senior|mayor|governor|gov|sen|rep|director|editor|officer|official|captain|judge|king|queen|prince|pope|dr|mr|mrs|ms|gen|col|lt|maj|capt|sgt|adm|st|saint)$/;

/** A folded word that makes a run of names a body ("staff", "authority"). */
export const isBodyWord = (w: string): boolean => BODY.test(w);

/** A folded word that is a title or a body, never a name by itself. */
export const isTitleWord = (w: string): boolean => BODY.test(w) || TITLE.test(w);
