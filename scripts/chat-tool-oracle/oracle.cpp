// llama-ffm's oracle for tool-call parsing: asks llama.cpp's own chat code (libllama-common) what
// it makes of each case, as its server would, and writes the answers as goldens for the Java tests.
//
//   oracle <cases.json> <templates-dir> <golden.json>
//
// cases.json: {"tools": {name: {"description", "parameters"}}, "cases": [{"id", "template", "tools": [names],
//   "tool_choice": "auto|required|none", "parallel", "reasoning_format": "none|auto|deepseek",
//   "enable_thinking", "input", "partial"}]}
// Output: one object per case (format, grammar_lazy, triggers, generation_prompt, thinking tags, parse
// or error), and one per template of the folder (what llama.cpp makes of it with one tool offered).
#include "chat.h"
#include "chat-auto-parser.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

using ojson = nlohmann::ordered_json;

static std::string read_file(const std::string & path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

static const char * trigger_type(common_grammar_trigger_type t) {
    switch (t) {
        case COMMON_GRAMMAR_TRIGGER_TYPE_TOKEN: return "token";
        case COMMON_GRAMMAR_TRIGGER_TYPE_WORD: return "word";
        case COMMON_GRAMMAR_TRIGGER_TYPE_PATTERN: return "pattern";
        case COMMON_GRAMMAR_TRIGGER_TYPE_PATTERN_FULL: return "pattern_full";
    }
    return "?";
}

static common_reasoning_format reasoning(const std::string & s) {
    if (s == "deepseek") return COMMON_REASONING_FORMAT_DEEPSEEK;
    if (s == "auto") return COMMON_REASONING_FORMAT_AUTO;
    return COMMON_REASONING_FORMAT_NONE;
}

static common_chat_tool_choice choice(const std::string & s) {
    if (s == "required") return COMMON_CHAT_TOOL_CHOICE_REQUIRED;
    if (s == "none") return COMMON_CHAT_TOOL_CHOICE_NONE;
    return COMMON_CHAT_TOOL_CHOICE_AUTO;
}

static ojson params_json(const common_chat_params & p) {
    ojson o;
    o["format"] = common_chat_format_name(p.format);
    o["grammar_lazy"] = p.grammar_lazy;
    o["has_grammar"] = !p.grammar.empty();
    ojson tr = ojson::array();
    for (const auto & t : p.grammar_triggers) tr.push_back({{"type", trigger_type(t.type)}, {"value", t.value}});
    o["triggers"] = tr;
    o["generation_prompt"] = p.generation_prompt;
    o["supports_thinking"] = p.supports_thinking;
    o["thinking_start_tag"] = p.thinking_start_tag;
    o["thinking_end_tags"] = p.thinking_end_tags;
    o["preserved_tokens"] = p.preserved_tokens;
    return o;
}

template <typename T> static std::string str(const T & v) {
    std::ostringstream os;
    os << v;
    return os.str();
}

// What llama.cpp's differential autoparser finds in a template (the markers with their exact whitespace).
static ojson analysis_json(const std::string & src) {
    common_chat_template tmpl(src, "", "");
    autoparser::autoparser a;
    a.analyze_template(tmpl);
    const auto & f = a.tools.format;
    return {
        {"reasoning", {{"mode", str(a.reasoning.mode)}, {"start", a.reasoning.start}, {"end", a.reasoning.end}}},
        {"content", {{"mode", str(a.content.mode)}, {"start", a.content.start}, {"end", a.content.end}}},
        {"tools", {{"mode", str(f.mode)}, {"section_start", f.section_start}, {"section_end", f.section_end},
                   {"per_call_start", f.per_call_start}, {"per_call_end", f.per_call_end},
                   {"name_field", f.name_field}, {"args_field", f.args_field}, {"id_field", f.id_field},
                   {"function_field", f.function_field}, {"tools_array_wrapped", f.tools_array_wrapped},
                   {"fun_name_is_key", f.fun_name_is_key},
                   {"name_prefix", a.tools.function.name_prefix}, {"name_suffix", a.tools.function.name_suffix},
                   {"args_separator", a.tools.function.args_separator}, {"close", a.tools.function.close},
                   {"arg_name_prefix", a.tools.arguments.name_prefix}, {"arg_name_suffix", a.tools.arguments.name_suffix},
                   {"arg_value_prefix", a.tools.arguments.value_prefix}, {"arg_value_suffix", a.tools.arguments.value_suffix},
                   {"call_id_prefix", a.tools.call_id.prefix}, {"call_id_suffix", a.tools.call_id.suffix}}},
    };
}

static common_chat_templates_inputs inputs_for(const ojson & c, const ojson & tool_defs) {
    common_chat_templates_inputs in;
    common_chat_msg user;
    user.role = "user";
    user.content = "Hey there!";
    in.messages = {user};
    in.add_generation_prompt = true;
    for (const auto & name : c.value("tools", ojson::array())) {
        const auto & d = tool_defs.at(name.get<std::string>());
        in.tools.push_back({name.get<std::string>(), d.at("description").get<std::string>(), d.at("parameters").dump()});
    }
    in.tool_choice = choice(c.value("tool_choice", "auto"));
    in.parallel_tool_calls = c.value("parallel", false);
    in.reasoning_format = reasoning(c.value("reasoning_format", "none"));
    in.enable_thinking = c.value("enable_thinking", true);
    return in;
}

int main(int argc, char ** argv) {
    if (argc != 4) {
        std::cerr << "usage: oracle <cases.json> <templates-dir> <golden.json>\n";
        return 2;
    }
    ojson cases = ojson::parse(read_file(argv[1]));
    std::string dir = argv[2];
    const ojson & tool_defs = cases.at("tools");
    ojson out_cases = ojson::array();
    int failures = 0;
    for (const auto & c : cases.at("cases")) {
        ojson o;
        o["id"] = c.at("id");
        try {
            auto tmpls = common_chat_templates_init(nullptr, read_file(dir + "/" + c.at("template").get<std::string>() + ".jinja"));
            auto in = inputs_for(c, tool_defs);
            common_chat_params p = common_chat_templates_apply(tmpls.get(), in);
            ojson pj = params_json(p);
            for (auto it = pj.begin(); it != pj.end(); ++it) o[it.key()] = it.value();
            // what tests/test-chat.cpp and the server do: the parser and syntax from the params
            common_chat_parser_params pp(p);
            pp.reasoning_format = in.reasoning_format;
            pp.parser.load(p.parser);
            try {
                common_chat_msg m = common_chat_parse(c.at("input").get<std::string>(), c.value("partial", false), pp);
                ojson calls = ojson::array();
                for (const auto & tc : m.tool_calls) calls.push_back({{"name", tc.name}, {"arguments", tc.arguments}, {"id", tc.id}});
                o["parse"] = {{"content", m.content}, {"reasoning_content", m.reasoning_content}, {"tool_calls", calls}};
            } catch (const std::exception & e) {
                o["parse_error"] = e.what();
            }
        } catch (const std::exception & e) {
            o["error"] = e.what();
            failures++;
        }
        out_cases.push_back(o);
    }
    // Every template of the folder, with one tool offered, tool_choice auto, thinking on: what llama.cpp detects.
    std::vector<std::string> names;
    for (const auto & e : std::filesystem::directory_iterator(dir)) {
        if (e.path().extension() == ".jinja") names.push_back(e.path().stem().string());
    }
    std::sort(names.begin(), names.end());
    ojson out_templates = ojson::object();
    for (const auto & n : names) {
        ojson o;
        try {
            auto tmpls = common_chat_templates_init(nullptr, read_file(dir + "/" + n + ".jinja"));
            ojson c = {{"tools", ojson::array({"special_function"})}, {"reasoning_format", "deepseek"}};
            o = params_json(common_chat_templates_apply(tmpls.get(), inputs_for(c, tool_defs)));
            try {
                o["analysis"] = analysis_json(read_file(dir + "/" + n + ".jinja"));
            } catch (const std::exception & e) {
                o["analysis_error"] = e.what();
            }
        } catch (const std::exception & e) {
            o["error"] = e.what();
        }
        out_templates[n] = o;
    }
    ojson out = {{"generated_by", "scripts/chat-tool-oracle/oracle.cpp (llama.cpp's common_chat_templates_apply + common_chat_parse)"},
                {"cases", out_cases}, {"templates", out_templates}};
    std::ofstream(argv[3], std::ios::binary) << out.dump(1) << "\n";
    std::cerr << "oracle: " << out_cases.size() << " cases, " << names.size() << " templates, " << failures << " errors\n";
    return 0;
}
