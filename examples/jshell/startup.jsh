// llama-ffm JShell startup: the API on the class path, native access on (make jshell sets both).
import io.github.llamaffm.*;
import io.github.llamaffm.chat.*;
import java.nio.file.*;
import java.util.*;

System.out.println("llama-ffm " + Llama.version() + " (CPU variant: " + Llama.cpuVariant().orElse("built in") + ")");
System.out.println("Try: var model = LlamaModel.load(Path.of(\"model.gguf\")); var ctx = model.newContext();");
System.out.println("     ctx.generate(\"Once upon a time\", GenerateParams.builder().maxTokens(32).build()).forEach(t -> System.out.print(t.text()));");
