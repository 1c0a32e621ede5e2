import { Stamp, staffMail, type KindContext } from './common.js';
import { IP, MAIL, PERSON, PHONE, json, jsonEscape, xml, xmlEscape, type Frag, type Value } from './fragments.js';
import { ticketStory } from './ticket-stories.js';
import { ipv4, ipv6 } from './values.js';

/**
 * Helpdesk ticket exports as a RAG ingest receives them: a JSON export with a requester object,
 * custom fields and nested comments whose authors are objects (name, e-mail, role), and an XML
 * export of the same shape (articles with From lines "Name <mail>" escaped as &lt; &gt;, nested
 * comments with Author elements). Line breaks inside bodies are JSON escapes or literal in XML.
 */

const field = (v: string | Value) => (typeof v === 'string' ? { type: undefined, value: v } : v);

export function ticketJson(ctx: KindContext): Frag {
  const { rng } = ctx;
  const s = ticketStory(ctx);
  const t = Stamp.random(rng);
  const ip = rng.chance(0.7) ? ipv4(rng) : ipv6(rng);
  const id = Number(s.number.slice(3));
  const fields = s.fields.map((f, i) => {
    const v = field(f.value);
    const value = v.type ? json`${v as Value}` : json`${v.value}`;
    return json`${i ? json`,\n` : null}      { "id": ${360011 + i * 7}, "title": "${f.label}", "value": "${value}" }`;
  });
  const comment = (n: number, who: Frag, body: Frag, isPublic: boolean, at: Stamp, meta: Frag | null) =>
    json`      {
        "id": ${id * 10 + n},
        "type": "Comment",
        "author": ${who},
        "public": ${String(isPublic)},
        "body": "${body.map(jsonEscape)}",
        "created_at": "${at.iso}"${meta}
      }`;
  const customer = json`{ "id": ${rng.int(10_000_000, 99_999_999)}, "name": "${PERSON(s.customer.name)}", "email": "${MAIL(s.customer.email)}", "role": "end-user" }`;
  const agent = json`{ "id": ${rng.int(1000, 9999)}, "name": "${PERSON(s.agent.name)}", "email": "${MAIL(staffMail(s.agent, s.firm))}", "role": "agent" }`;
  const meta = json`,
        "metadata": { "system": { "ip_address": "${IP(ip)}", "client": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Firefox/136.0" } }`;
  return json`{
  "ticket": {
    "id": ${id},
    "external_id": "${s.number}",
    "subject": "${s.subject}",
    "status": "${rng.pick(['open', 'pending', 'solved'])}",
    "brand": "${s.firm.name}",
    "requester": { "name": "${PERSON(s.customer.name)}", "email": "${MAIL(s.customer.email)}", "phone": "${PHONE(s.customer.e164)}", "locale": "${ctx.lang}" },
    "custom_fields": [
${fields}
    ],
    "comments": [
${comment(1, customer, s.first, true, t, meta)},
${comment(2, agent, s.answer, true, t.plus(95), null)},
${comment(3, agent, s.note, false, t.plus(260), null)}
    ]
  }
}
`;
}

export function ticketXml(ctx: KindContext): Frag {
  const { rng, lang } = ctx;
  const s = ticketStory(ctx);
  const t = Stamp.random(rng);
  const ip = rng.chance(0.7) ? ipv4(rng) : ipv6(rng);
  const queue = lang === 'de' ? 'Technik::Störungen' : 'Support::Tier 1';
  const fields = s.fields.map((f) => {
    const v = field(f.value);
    return xml`    <DynamicField Name="${f.label}">${v.type ? (v as Value) : v.value}</DynamicField>\n`;
  });
  const agentMail = MAIL(staffMail(s.agent, s.firm));
  return xml`<?xml version="1.0" encoding="UTF-8"?>
<TicketExport system="helpdesk" version="6.5">
  <Ticket TicketNumber="${s.number}" Created="${t.iso}">
    <Title>${s.subject}</Title>
    <Queue>${queue}</Queue>
    <State>${rng.pick(['open', 'pending reminder', 'closed successful'])}</State>
    <Customer>
      <Name>${PERSON(s.customer.name)}</Name>
      <Email>${MAIL(s.customer.email)}</Email>
      <Phone>${PHONE(s.customer.phone)}</Phone>
    </Customer>
${fields}    <Articles>
      <Article ArticleID="1" SenderType="customer" Channel="web">
        <From>${PERSON(s.customer.name)} &lt;${MAIL(s.customer.email)}&gt;</From>
        <CreateTime>${t.iso}</CreateTime>
        <ClientIP>${IP(ip)}</ClientIP>
        <Body>${s.first.map(xmlEscape)}</Body>
        <Comments>
          <Comment Visibility="public">
            <Author><Name>${PERSON(s.agent.name)}</Name><Email>${agentMail}</Email><Role>agent</Role></Author>
            <CreateTime>${t.plus(95).iso}</CreateTime>
            <Text>${s.answer.map(xmlEscape)}</Text>
          </Comment>
          <Comment Visibility="internal">
            <Author><Name>${PERSON(s.agent.name)}</Name><Email>${MAIL(staffMail(s.agent, s.firm))}</Email><Role>agent</Role></Author>
            <CreateTime>${t.plus(260).iso}</CreateTime>
            <Text>${s.note.map(xmlEscape)}</Text>
          </Comment>
        </Comments>
      </Article>
    </Articles>
  </Ticket>
</TicketExport>
`;
}
