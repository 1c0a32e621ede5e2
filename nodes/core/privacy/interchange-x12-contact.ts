/**
 * Whether a contact name in a machine message (X12 PER02, EDIFACT CTA) names a department or a desk
 * rather than a person: "BILLING DEPT", "CLAIMS OFFICE", "CUSTOMER SERVICE". Such a contact's number
 * and mailbox are the organisation's own, not a person's.
 */
const DEPARTMENT_WORD =
  /(?:^|[^\p{L}])(?:dept|department|abteilung|office|desk|team|unit|services?|support|billing|claims|accounts?|accounting|enrol+ment|eligibility|helpdesk|hotline|center|centre|customer|provider|relations|operations|admin|administration|edi|it|lab|laboratory|pharmacy|clinic|hospital|group|inc|llc|corp|gmbh|ltd)(?![\p{L}])/iu;

export function isDepartmentName(name: string): boolean {
  return DEPARTMENT_WORD.test(name);
}

/** The words of a free-text name line, each its own span: given and family name are separate labels. */
export function wordSpans(text: string, span: { start: number; end: number }): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /\S+/g;
  const slice = text.slice(span.start, span.end);
  for (let m = re.exec(slice); m; m = re.exec(slice))
    out.push({ start: span.start + m.index, end: span.start + m.index + m[0].length });
  return out;
}
