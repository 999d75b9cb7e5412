# Renders chat templates the way Hugging Face transformers' apply_chat_template does
# (transformers/utils/chat_template_utils.py: ImmutableSandboxedEnvironment with trim_blocks,
# lstrip_blocks, loopcontrols and the {% generation %} tag; tojson as json.dumps with
# ensure_ascii=False; raise_exception; strftime_now; tools and documents passed as None).
# Used by Jinja2DifferentialTest as an oracle when python3 with jinja2 is installed.
# Usage: hf_render.py TEMPLATES_DIR SCENARIOS_JSON COMPAT_CASES_JSON  -> JSON on stdout
import glob
import json
import os
import sys
from datetime import datetime

import jinja2
from jinja2 import nodes
from jinja2.ext import Extension
from jinja2.sandbox import ImmutableSandboxedEnvironment

NOW = datetime(2024, 7, 26, 9, 5, 3)  # the tests' fixed clock


class AssistantTracker(Extension):
    tags = {"generation"}

    def parse(self, parser):
        lineno = next(parser.stream).lineno
        body = parser.parse_statements(["name:endgeneration"], drop_needle=True)
        return nodes.CallBlock(self.call_method("_generation_support"), [], [], body).set_lineno(lineno)

    @jinja2.pass_eval_context
    def _generation_support(self, context, caller):
        return caller()


def raise_exception(message):
    raise jinja2.exceptions.TemplateError(message)


def tojson(x, ensure_ascii=False, indent=None, separators=None, sort_keys=False):
    return json.dumps(x, ensure_ascii=ensure_ascii, indent=indent, separators=separators, sort_keys=sort_keys)


def strftime_now(fmt):
    return NOW.strftime(fmt)


def render(source, variables):
    env = ImmutableSandboxedEnvironment(trim_blocks=True, lstrip_blocks=True,
                                        extensions=[AssistantTracker, jinja2.ext.loopcontrols])
    env.filters["tojson"] = tojson
    env.globals["raise_exception"] = raise_exception
    env.globals["strftime_now"] = strftime_now
    v = {"tools": None, "documents": None}
    v.update(variables)
    return env.from_string(source).render(**v)


def attempt(source, variables):
    try:
        return {"ok": True, "output": render(source, variables)}
    except Exception as e:  # noqa: BLE001 - any failure is a result to compare
        return {"ok": False, "error": type(e).__name__ + ": " + str(e)}


def main():
    templates = sorted(glob.glob(os.path.join(sys.argv[1], "*.jinja")))
    scenarios = json.load(open(sys.argv[2], encoding="utf-8"))
    cases = json.load(open(sys.argv[3], encoding="utf-8"))
    out = {"templates": [], "cases": []}
    for path in templates:
        source = open(path, encoding="utf-8").read()
        for name, req in scenarios.items():
            r = attempt(source, req)
            r.update(template=os.path.basename(path)[:-len(".jinja")], scenario=name)
            out["templates"].append(r)
    for c in cases:
        v = dict(c.get("vars", {}))
        v["messages"] = c.get("messages", [])
        v["add_generation_prompt"] = False
        r = attempt(c["template"], v)
        r["name"] = c["name"]
        out["cases"].append(r)
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
