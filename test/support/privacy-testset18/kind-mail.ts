import { Stamp, staffMail, type KindContext } from './common.js';
import {
  MAIL,
  ROLE_MAIL,
  PERSON,
  IP,
  entities,
  htmlMarkup,
  plain,
  quotedPrintable,
  encodedWord,
  type Frag,
} from './fragments.js';
import { mailStory, type MailStory } from './mail-stories.js';
import { ipv4 } from './values.js';

/**
 * Mail as an ingest receives it: a MIME message (.eml) with multipart/alternative, both parts
 * quoted-printable (=C3=BC, soft line breaks "=" at the line end, =3D in HTML attributes), the
 * subject and a role mailbox's display name as RFC 2047 encoded words; and an HTML mail body on
 * its own (saved from a web mailer) with every non-ASCII letter a character entity.
 */

/** A story's paragraphs as HTML: each a <p>, line breaks as <br>, text entity-encoded. */
function htmlParagraphs(story: MailStory): Frag {
  const ps = story.paragraphs.map((p) => {
    const inner = p.map((text) =>
      entities(text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')).replace(/\n/g, '<br>\n'),
    );
    return htmlMarkup`<p style="margin:0 0 12px 0;font-family:Arial,sans-serif">${inner}</p>\n`;
  });
  return htmlMarkup`${ps}`;
}

export function eml(ctx: KindContext): Frag {
  const { rng } = ctx;
  const s = mailStory(ctx);
  const t = Stamp.random(rng);
  const boundary = `----=_Part_${rng.digits(5)}_${rng.digits(9)}.${t.epoch}000`;
  const firmBox = `${ctx.lang === 'de' ? 'service' : 'care'}@${s.firm.domain}`;
  const person = plain`"${PERSON(s.customer.name)}" <${MAIL(s.customer.email)}>`;
  const role = plain`${encodedWord(s.firm.desk)} <${ROLE_MAIL(firmBox)}>`;
  const staff = s.staff ? plain`"${PERSON(s.staff.name)}" <${MAIL(staffMail(s.staff, s.firm))}>` : role;
  const [from, to] = s.fromCustomer ? [person, role] : [staff, person];
  const host = s.fromCustomer ? s.customer.email.split('@')[1] : s.firm.domain;
  const body = plain`${s.paragraphs.map((p, i) => (i ? plain`\n\n${p}` : p))}\n`;
  const htmlBody = htmlMarkup`<html><head><meta charset="utf-8"></head><body>\n${htmlParagraphs(s)}</body></html>\n`;
  return plain`Return-Path: <${s.fromCustomer ? MAIL(s.customer.email) : ROLE_MAIL(firmBox)}>
Received: from [${IP(ipv4(rng))}] by mx${rng.int(1, 4)}.${s.fromCustomer ? s.firm.domain : host} with ESMTPSA; ${t.rfc2822}
Message-ID: <${t.epoch}.${rng.digits(6)}@mail.${host}>
Date: ${t.rfc2822}
From: ${from}
To: ${to}
Subject: ${encodedWord(s.subject)}
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="${boundary}"

--${boundary}
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

${quotedPrintable(body)}
--${boundary}
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

${quotedPrintable(htmlBody)}
--${boundary}--
`;
}

export function htmlMail(ctx: KindContext): Frag {
  const { rng, lang } = ctx;
  const s = mailStory(ctx);
  const handle = s.firm.domain.split('.')[0].replace(/-/g, '_');
  const footer =
    lang === 'de'
      ? htmlMarkup`<p style="font-size:11px;color:#777">${s.firm.name} · Impressum · Datenschutz · AGB &amp; Widerruf<br>Folgen Sie uns: &#64;${handle} · © 2025</p>`
      : htmlMarkup`<p style="font-size:11px;color:#777">${s.firm.name} · Privacy · Terms &amp; Conditions<br>Follow us: &#64;${handle} · © 2025</p>`;
  const title = lang === 'de' ? `Nachricht – ${s.subject}` : `Message – ${s.subject}`;
  return htmlMarkup`<!DOCTYPE html>
<html lang="${lang}">
<head><meta charset="utf-8"><title>${title}</title></head>
<body style="background:#f4f4f4">
<table role="presentation" width="600" cellpadding="0" cellspacing="0"><tr><td>
${htmlParagraphs(s)}<p>Ref. ${rng.digits(9)}</p>
${footer}
</td></tr></table>
</body>
</html>
`;
}
