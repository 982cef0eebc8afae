"""The ``/docs`` page: the OpenAPI document made readable, with a form to try each endpoint.

The page is one self-contained HTML file: its style and script are inline and
the OpenAPI document is embedded in it, so it works on a machine with no
internet (no CDN, no Swagger UI bundle).  The script only reads the embedded
document and calls the service it came from.
"""

from __future__ import annotations

import html
import json
from typing import Any

__all__ = ["docs_page"]

_STYLE = """
body{font-family:system-ui,sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem;color:#222}
h1{font-size:1.5rem}h2{font-size:1.1rem;margin:0}code,pre,textarea{font-family:monospace}
section{border:1px solid #ccc;border-radius:6px;margin:1rem 0;padding:.75rem}
.m{display:inline-block;min-width:3.5rem;font-weight:bold}.post{color:#0a6}.get{color:#06c}
pre{background:#f6f6f6;padding:.5rem;overflow:auto;max-height:24rem}
label{display:block;margin:.25rem 0}input{width:14rem}textarea{width:100%;height:8rem}
"""

_SCRIPT = r"""
const spec = JSON.parse(document.getElementById('spec').textContent);
const root = document.getElementById('paths');
const el = (tag, attrs, ...kids) => {
  const e = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([k, v]) => e.setAttribute(k, v));
  kids.forEach(k => e.append(k));
  return e;
};
for (const [path, ops] of Object.entries(spec.paths)) {
  for (const [method, op] of Object.entries(ops)) {
    const box = el('section', {});
    box.append(el('h2', {}, el('span', {class: 'm ' + method}, method.toUpperCase()),
                  el('code', {}, path), ' \u2014 ', op.summary || ''));
    const form = el('form', {});
    const fields = {};
    for (const p of (op.parameters || [])) {
      const hint = p.schema.format || p.schema.type || '';
      const input = el('input', {name: p.name, placeholder: hint});
      fields[p.name] = [p.in, input];
      form.append(el('label', {}, el('code', {}, p.name), ' ', input, ' ', p.description || ''));
    }
    let body = null, type = null;
    if (op.requestBody) {
      type = el('select', {}, el('option', {}, 'application/yaml'),
                el('option', {}, 'application/json'));
      body = el('textarea', {placeholder: 'format: tkpk-rules/1 ...'});
      form.append(el('label', {}, 'Content-Type ', type), body);
    }
    const out = el('pre', {}, '');
    form.append(el('button', {type: 'submit'}, 'Kirim / send'));
    form.onsubmit = async (ev) => {
      ev.preventDefault();
      let url = path;
      const query = new URLSearchParams();
      for (const [name, [where, input]] of Object.entries(fields)) {
        if (!input.value) continue;
        if (where === 'path') url = url.replace('{' + name + '}', encodeURIComponent(input.value));
        else input.value.split(',').forEach(v => query.append(name, v.trim()));
      }
      const q = query.toString();
      const init = {method: method.toUpperCase()};
      if (body) { init.body = body.value; init.headers = {'Content-Type': type.value}; }
      const response = await fetch(url + (q ? '?' + q : ''), init);
      out.textContent = response.status + '\n' + await response.text();
    };
    box.append(form, out);
    const codes = Object.keys(op.responses || {}).join(', ');
    box.append(el('p', {}, 'HTTP: ' + codes));
    root.append(box);
  }
}
const schemas = document.getElementById('schemas');
for (const [name, s] of Object.entries(spec.components.schemas)) {
  const d = el('details', {}, el('summary', {}, el('code', {}, name)));
  d.append(el('pre', {}, JSON.stringify(s, null, 2)));
  schemas.append(d);
}
"""


def docs_page(openapi: dict[str, Any]) -> str:
    """The whole page, with ``openapi`` embedded."""
    info = openapi["info"]
    # Inside <script type="application/json">, only "</" could end the element early.
    embedded = json.dumps(openapi, ensure_ascii=False).replace("</", "<\\/")
    title = html.escape(f"{info['title']} {info['version']}")
    return (
        '<!doctype html>\n<html lang="id"><head><meta charset="utf-8">'
        f"<title>{title}</title><style>{_STYLE}</style></head><body>"
        f"<h1>{title}</h1><p>{html.escape(info.get('summary', ''))}</p>"
        '<p>OpenAPI 3.1: <a href="/openapi.json"><code>/openapi.json</code></a>. '
        "Jawaban JSON sama dengan <code>tkpk-rules PERINTAH --format json</code> / "
        "answers equal the command's JSON.</p>"
        '<div id="paths"></div><h2>Skema / schemas</h2><div id="schemas"></div>'
        f'<script type="application/json" id="spec">{embedded}</script>'
        f"<script>{_SCRIPT}</script></body></html>\n"
    )
