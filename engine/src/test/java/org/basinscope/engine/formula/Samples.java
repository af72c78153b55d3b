package org.basinscope.engine.formula;

import java.util.List;

/** Varied formulas, all smooth on [-1.5, 1.5]² except for the deliberate kink of abs at x = 0. */
final class Samples {
    static final List<String> FORMULAS = List.of(
            "x^2/2",
            "(x^2-1)^2/4 + 0.1*x",
            "(x^2-1)^2/4 + y^2/2",
            "sin(x)*cos(y)",
            "exp(-x^2-y^2)",
            "log(1+x^2+y^2)",
            "sqrt(x^2+y^2+1)",
            "tanh(x*y)",
            "(1+x^2)^y",
            "1/(1+exp(-x*y))",
            "tan(x/2)",
            "2^-x + 3^y",
            "x^3 - 3*x*y^2",
            "(x-y)^4/(1+x^2)",
            "cos(x+y)^2 + sin(x-y)^3",
            "exp(sin(x))*log(2+cos(y))",
            "x*y/(1+x^2+y^2)",
            "sqrt(1+(x*y)^2)",
            "x^5 - 2*x^3 + x",
            "(x^2+y-11)^2 + (x+y^2-7)^2",
            "(1-x)^2 + 100*(y-x^2)^2",
            "abs(x)*y^2 + x^2",
            "-x^2 + 2^x^2",
            "1/(x^2+0.5) - 1/(y^2+2)",
            "(x^2+1)^1.5 - (y^2+1)^-0.5",
            "e^(x*y) - pi*x",
            "exp(-(x-1)^2)*cos(3*y) + 0.5*x^2",
            "log(exp(x)+exp(-x))",
            "tanh(x)^2 + tanh(y)^3",
            "sin(x*y + pi/4)/(2 + cos(x))",
            "--x^2 + +y/3",
            "(2+sin(x+y))^(1+x^2/4)",
            "x/3 - y/7 + x*y/0.3");

    private Samples() {
    }
}
