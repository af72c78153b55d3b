package org.basinscope.engine.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;

/** Runs the command line in-process and captures its exit code, standard output and standard error. */
public record CliRunner(int code, String out, String err) {

    public static CliRunner run(String... args) {
        CommandLine cl = Cli.commandLine(List.of());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new CliRunner(code, out.toString(), err.toString());
    }

    public JsonNode json() {
        try {
            return new ObjectMapper().readTree(out);
        } catch (Exception e) {
            throw new AssertionError("stdout is not JSON: " + out + " / stderr: " + err, e);
        }
    }
}
