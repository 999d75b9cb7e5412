# Renders chat templates the way Hugging Face transformers' apply_chat_template does
# (transformers/utils/chat_template_utils.py: ImmutableSandboxedEnvironment with trim_blocks,
# lstrip_blocks, loopcontrols and the {% generation %} tag; tojson as json.dumps with
# ensure_ascii=False; raise_exception; strftime_now; tools and documents passed as None).
# Its outputs are frozen in ../golden/ (make chat-golden writes them), which Jinja2DifferentialTest
# compares the Java renderer with in every build; where python3 with jinja2 is installed, the test
# also runs this script and checks that the frozen outputs are still what Jinja2 gives.
# Usage: hf_render.py TEMPLATES_DIR SCENARIOS_JSON COMPAT_CASES_JSON  -> JSON on stdout
#        hf_render.py --golden OUT_DIR TEMPLATES_DIR SCENARIOS_JSON COMPAT_CASES_JSON  -> OUT_DIR/*.json
import glob
import hashlib
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


def results(templates_dir, scenarios_file, cases_file):
    """Every template under every scenario, and every compat case: {"templates": [...], "cases": [...]}."""
    templates = sorted(glob.glob(os.path.join(templates_dir, "*.jinja")))
    scenarios = json.load(open(scenarios_file, encoding="utf-8"))
    cases = json.load(open(cases_file, encoding="utf-8"))
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
    return out


def line(key, value):
    return "  " + json.dumps(key) + ": " + json.dumps(value, ensure_ascii=False)


def freeze(out_dir, templates_dir, scenarios_file, cases_file):
    """Writes the golden files: one per template (its sha256 and one line per scenario), and the cases."""
    out = results(templates_dir, scenarios_file, cases_file)
    os.makedirs(out_dir, exist_ok=True)
    for old in glob.glob(os.path.join(out_dir, "*.json")):
        os.remove(old)
    by_template = {}
    for r in out["templates"]:
        by_template.setdefault(r.pop("template"), []).append(r)
    for name, rs in by_template.items():
        with open(os.path.join(templates_dir, name + ".jinja"), "rb") as f:
            digest = hashlib.sha256(f.read()).hexdigest()
        lines = [line("sha256", digest)] + [line(r.pop("scenario"), r) for r in rs]
        with open(os.path.join(out_dir, name + ".json"), "w", encoding="utf-8", newline="\n") as f:
            f.write("{\n" + ",\n".join(lines) + "\n}\n")
    lines = [line("jinja2", jinja2.__version__)] + [line(r.pop("name"), r) for r in out["cases"]]
    with open(os.path.join(out_dir, "compat-cases.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write("{\n" + ",\n".join(lines) + "\n}\n")
    print("wrote %d template files and compat-cases.json to %s" % (len(by_template), out_dir), file=sys.stderr)


def main():
    if sys.argv[1] == "--golden":
        freeze(*sys.argv[2:6])
    else:
        json.dump(results(*sys.argv[1:4]), sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
