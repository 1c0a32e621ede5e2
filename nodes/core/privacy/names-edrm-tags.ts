/**
 * Names in the name/value attribute pairs of an XML element: EDRM XML 1.2's metadata tags
 * (`<Tag TagName="#Custodian" TagDataType="Text" TagValue="Lelise Bultum"/>`), and the same shape of other
 * load files and configurations (`<Field Name="Reviewer" Value="…"/>`, `<add key="Custodian" value="…"/>`).
 * Such a pair is one field whose key stands in one attribute and whose value in another: no colon joins
 * them, so the label readers (names.ts) never see the key beside its value, and the markup view
 * (markup-text-view.ts) keeps attribute values apart from their names. Here the key says whose the value
 * is: EDRM's person fields (#Custodian, #From, #To, #CC, #BCC, #Author, #Sender, #Recipient …), a
 * production's own custom fields (Custodian, Reviewer, Verwahrer …), or any key labelStrength (names.ts)
 * reads as a person's label ("Claimant", "Policyholder"). A value may be a list ("A; B"), an item written
 * "Name <mailbox>" (XML-escaped: "Name &lt;mailbox&gt;"), "Family, Given", or "Name (role)": only the name
 * is taken, each item must be written as a name (markupName), and a mailbox alone is left to the e-mail
 * reader. Attributes in either order. Cost: one indexOf per "Value=" found, a bounded read of its element.
 */
import type { Entity } from './entities.js';
import { labelStrength } from './names.js';
import { markupName } from './names-markup-values.js';

/** An attribute of an element: its name, "=", a quoted value without the quote's character. */
const ATTRIBUTE = /([\w:.#-]{1,40})[ \t]*=[ \t]*(?:"([^"<>\n]{0,300})"|'([^'<>\n]{0,300})')/g;
/** The attribute holding a pair's key ("TagName", "Name", "FieldName", "key"), compared in lower case. */
const KEY_ATTRIBUTE = /^(?:tagname|name|fieldname|field|key|propertyname|metadataname)$/;
/** The attribute holding a pair's value ("TagValue", "Value", "FieldValue"), compared in lower case. */
const VALUE_ATTRIBUTE = /^(?:tagvalue|value|fieldvalue|propertyvalue|metadatavalue)$/;
/**
 * Keys of a litigation production's person fields (EDRM XML 1.2's "#" fields and the custom fields review
 * platforms add), compared in lower case without "#", blanks, "_", "-" and ".". A bare "Name" or "Title" names
 * a document or a file as often: not among them.
 */
const PERSON_KEY =
  /^(?:(?:all|duplicate|dupe|other|original)?custodians?|custodianname|from|to|cc|bcc|author|lastauthor|authors|sender|recipients?|emailfrom|emailto|emailcc|emailbcc|reviewer|reviewedby|owner|createdby|modifiedby|lastmodifiedby|savedby|assignedto|acknowledgedby|holdrecipient|attendees?|participants?|organi[sz]er|verwahrer(?:in)?|datenverwahrer(?:in)?|gewahrsamsinhaber(?:in)?|absender(?:in)?|empfänger(?:in)?|verfasser(?:in)?|autor(?:in)?|prüfer(?:in)?)$/;
/** Keys whose value is no person even where a person's word stands in them ("CustodianID", "#FromDomain"). */
const NOT_PERSON_KEY = /(?:id|ids|count|number|nr|no|domain|domains|date|time|email|mail|address|path|type|code)$/;

/** Whether a pair's key names a person's field. */
function personKey(raw: string): boolean {
  const key = raw.replace(/^#/, '');
  const plain = key.toLowerCase().replace(/[\s_.#-]/g, '');
  if (PERSON_KEY.test(plain)) return true;
  if (NOT_PERSON_KEY.test(plain) || /^(?:name|title|names)$/.test(plain)) return false;
  // "ClaimantName", "Policy_Holder": the key's words as a label ("Claimant Name", "Policy Holder").
  const label = key.replace(/([\p{Ll}])(\p{Lu})/gu, '$1 $2').replace(/[_.-]+/g, ' ');
  return labelStrength(label) !== undefined;
}

/** A mailbox after a name ("<a@b>", XML-escaped "&lt;a@b&gt;"), running to the item's end. */
const MAILBOX_AFTER = /[ \t]*(?:&lt;|<|\[|\()[^;]*@[^;]*$/;
/** A role in brackets after a name ("(Syndikusanwältin)", "(in-house counsel)"), at the item's end. */
const ROLE_AFTER = /[ \t]*\([^()]{1,40}\)[ \t]*$/;
/** Quotes around an item ("&quot;Bultum, Lelise&quot;"). */
const QUOTE_START = /^(?:&quot;|&apos;|["'])/;
const QUOTE_END = /(?:&quot;|&apos;|["'])$/;
/** A surname, a comma and given names ("Bultum, Lelise"): one item, not two. */
const FAMILY_COMMA_GIVEN = /^[^,;]+,[ \t]*[^,;]+$/;

/** The names of a person field's value (start and end within the value). */
function namesOfValue(value: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  // Items are split at ";" where the value has one (its items may be "Family, Given"), else at "," unless the
  // value is one "Family, Given".
  const separators = value.includes(';') || FAMILY_COMMA_GIVEN.test(value.replace(MAILBOX_AFTER, '')) ? /;/g : /,/g;
  let from = 0;
  for (const part of value.split(separators)) {
    const partStart = value.indexOf(part, from);
    from = partStart + part.length;
    let start = partStart;
    let item = part;
    // The mailbox and the role after a name, the quotes around it, the blanks at its edges.
    const mailbox = MAILBOX_AFTER.exec(item);
    if (mailbox) item = item.slice(0, mailbox.index);
    const role = ROLE_AFTER.exec(item);
    if (role) item = item.slice(0, role.index);
    const lead = /^[ \t]*/.exec(item)![0].length;
    start += lead;
    item = item.slice(lead).trimEnd();
    let end = start + item.length;
    const open = QUOTE_START.exec(item);
    if (open) {
      start += open[0].length;
      item = item.slice(open[0].length);
    }
    const close = QUOTE_END.exec(item);
    if (close) {
      item = item.slice(0, item.length - close[0].length);
      end -= close[0].length;
    }
    if (item.includes('@') || item.length < 3) continue;
    if (markupName(item.replace(/,[ \t]*/, ' '))) out.push({ start, end });
  }
  return out;
}

export function namesInXmlPairs(text: string): Entity[] {
  const out: Entity[] = [];
  for (let at = text.indexOf('alue='); at !== -1; at = text.indexOf('alue=', at + 5)) {
    const open = text.lastIndexOf('<', at);
    if (open === -1 || at - open > 400) continue;
    let close = text.indexOf('>', at);
    if (close === -1) close = Math.min(text.length, at + 400);
    if (close - open > 800 || text.slice(open, at).includes('>')) continue;
    let key: string | undefined;
    let value: { text: string; start: number } | undefined;
    ATTRIBUTE.lastIndex = 0;
    const element = text.slice(open, close);
    for (let m = ATTRIBUTE.exec(element); m; m = ATTRIBUTE.exec(element)) {
      const name = m[1].toLowerCase();
      const v = m[2] ?? m[3];
      if (KEY_ATTRIBUTE.test(name)) key = v;
      else if (VALUE_ATTRIBUTE.test(name)) value = { text: v, start: open + m.index + m[0].length - 1 - v.length };
    }
    // Past this element: its other attributes hold no second value.
    at = Math.max(at, close - 5);
    if (key === undefined || !value || !value.text.trim() || !personKey(key)) continue;
    for (const span of namesOfValue(value.text))
      out.push({ type: 'PERSON', start: value.start + span.start, end: value.start + span.end, score: 0.9 });
  }
  return out;
}
