package org.networkedcare.metrics.cohort;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The small expression language of cells, state values and parameters: decimal numbers, names
 * (parameters, and {@code cycle} — alias {@code model_time}, heemod's name — for the model time
 * 1..T), {@code + - * / ^}, unary minus, parentheses, comparisons {@code < <= > >= == !=} (1 or 0)
 * and the functions {@code if(c, a, b)}, {@code min}, {@code max}, {@code exp}, {@code log} and
 * {@code sqrt}. Parsed once into a tree, bound once to parameter indices, then evaluated.
 *
 * <p>Limits, checked while parsing so that no input can exhaust the stack: an expression has at
 * most {@value #MAX_LENGTH} characters; its tree is at most {@value #MAX_DEPTH} deep, every
 * operator, sign and function call adding a level ({@code 0+0+0} is 3 deep, {@code --1} 3, {@code
 * 1^1^1} 3); and the parser follows at most {@value #MAX_DEPTH} nested steps, a bracket taking two
 * ({@code (((1)))} is 6).
 */
abstract class Expr {

  /** The longest expression read, in characters. */
  static final int MAX_LENGTH = 10_000;

  /**
   * The deepest expression tree (every operator, sign and call a level), and the deepest nesting
   * parsed.
   */
  static final int MAX_DEPTH = 200;

  /** The levels of this expression's tree: 1 for a number, a name or the model time. */
  final int depth;

  Expr(int depth) {
    this.depth = depth;
  }

  /** The name of the model time in expressions. */
  static final String CYCLE = "cycle";

  /** heemod's name for the model time, accepted as an alias of {@link #CYCLE}. */
  static final String MODEL_TIME = "model_time";

  /** A parse error with the 0-based position of the character where it was found. */
  static final class ParseError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The 0-based position in the text. */
    final int position;

    ParseError(String message, int position) {
      super(message);
      this.position = position;
    }
  }

  /** {@return the value for the bound parameter values and the model time} */
  abstract double eval(double[] parameters, double cycle);

  /** Adds the names this expression refers to (not {@code cycle}). */
  abstract void names(Set<String> into);

  /** {@return whether the expression refers to the model time} */
  abstract boolean usesCycle();

  /** Binds every name to its index; unknown names were reported before binding. */
  abstract void bind(Map<String, Integer> index);

  /** {@return the names this expression refers to, in order of first appearance} */
  final Set<String> names() {
    Set<String> names = new LinkedHashSet<>();
    names(names);
    return names;
  }

  /** {@return whether the expression is a number and nothing else} */
  boolean isConstant() {
    return false;
  }

  /**
   * {@return the parsed expression}
   *
   * @param text the expression
   * @throws ParseError with the position of the first error
   */
  static Expr parse(String text) {
    if (text.length() > MAX_LENGTH) {
      throw new ParseError(
          "the expression has "
              + text.length()
              + " characters; at most "
              + MAX_LENGTH
              + " are read",
          MAX_LENGTH);
    }
    Parser p = new Parser(text);
    Expr e = p.comparison();
    p.skip();
    if (p.pos < text.length()) {
      throw new ParseError("unexpected '" + text.charAt(p.pos) + "'", p.pos);
    }
    return e;
  }

  /** {@return a constant} */
  static Expr constant(double value) {
    return new Num(value);
  }

  private static final class Num extends Expr {
    final double value;

    Num(double value) {
      super(1);
      this.value = value;
    }

    @Override
    double eval(double[] parameters, double cycle) {
      return value;
    }

    @Override
    void names(Set<String> into) {}

    @Override
    boolean usesCycle() {
      return false;
    }

    @Override
    void bind(Map<String, Integer> index) {}

    @Override
    boolean isConstant() {
      return true;
    }
  }

  private static final class Var extends Expr {
    final String name;
    int index = -1;

    Var(String name) {
      super(1);
      this.name = name;
    }

    @Override
    double eval(double[] parameters, double cycle) {
      return parameters[index];
    }

    @Override
    void names(Set<String> into) {
      into.add(name);
    }

    @Override
    boolean usesCycle() {
      return false;
    }

    @Override
    void bind(Map<String, Integer> map) {
      index = Objects.requireNonNull(map.get(name), () -> "no parameter " + name);
    }
  }

  private static final class Cycle extends Expr {
    Cycle() {
      super(1);
    }

    @Override
    double eval(double[] parameters, double cycle) {
      return cycle;
    }

    @Override
    void names(Set<String> into) {}

    @Override
    boolean usesCycle() {
      return true;
    }

    @Override
    void bind(Map<String, Integer> index) {}
  }

  private static final class Neg extends Expr {
    final Expr a;

    Neg(Expr a) {
      super(a.depth + 1);
      this.a = a;
    }

    @Override
    double eval(double[] parameters, double cycle) {
      return -a.eval(parameters, cycle);
    }

    @Override
    void names(Set<String> into) {
      a.names(into);
    }

    @Override
    boolean usesCycle() {
      return a.usesCycle();
    }

    @Override
    void bind(Map<String, Integer> index) {
      a.bind(index);
    }
  }

  private static final class Bin extends Expr {
    final char op;
    final Expr a;
    final Expr b;

    Bin(char op, Expr a, Expr b) {
      super(Math.max(a.depth, b.depth) + 1);
      this.op = op;
      this.a = a;
      this.b = b;
    }

    @Override
    double eval(double[] p, double c) {
      double x = a.eval(p, c);
      double y = b.eval(p, c);
      return switch (op) {
        case '+' -> x + y;
        case '-' -> x - y;
        case '*' -> x * y;
        case '/' -> x / y;
        case '^' -> Math.pow(x, y);
        case '<' -> x < y ? 1 : 0;
        case 'l' -> x <= y ? 1 : 0;
        case '>' -> x > y ? 1 : 0;
        case 'g' -> x >= y ? 1 : 0;
        case '=' -> x == y ? 1 : 0;
        case '!' -> x != y ? 1 : 0;
        default -> throw new IllegalStateException("operator " + op);
      };
    }

    @Override
    void names(Set<String> into) {
      a.names(into);
      b.names(into);
    }

    @Override
    boolean usesCycle() {
      return a.usesCycle() || b.usesCycle();
    }

    @Override
    void bind(Map<String, Integer> index) {
      a.bind(index);
      b.bind(index);
    }
  }

  private static final class Call extends Expr {
    static final List<String> FUNCTIONS =
        List.of("if", "min", "max", "exp", "log", "sqrt", "rate_to_prob", "prob_to_prob");
    final int function;
    final Expr[] args;

    Call(String function, Expr[] args) {
      super(java.util.Arrays.stream(args).mapToInt(a -> a.depth).max().orElse(0) + 1);
      this.function = FUNCTIONS.indexOf(function);
      this.args = args;
    }

    @Override
    double eval(double[] p, double c) {
      return switch (function) {
        case 0 -> args[0].eval(p, c) != 0 ? args[1].eval(p, c) : args[2].eval(p, c);
        case 1 -> Math.min(args[0].eval(p, c), args[1].eval(p, c));
        case 2 -> Math.max(args[0].eval(p, c), args[1].eval(p, c));
        case 3 -> Math.exp(args[0].eval(p, c));
        case 4 -> Math.log(args[0].eval(p, c));
        case 5 -> Math.sqrt(args[0].eval(p, c));
        // heemod's rate_to_prob(r, to): the probability of an event within `to` periods at a
        // constant rate r per period, 1 - exp(-r to).
        case 6 -> -Math.expm1(-args[0].eval(p, c) * args[1].eval(p, c));
        // heemod's prob_to_prob(p, to): a probability over one period rescaled to `to` periods
        // at a constant rate, 1 - (1 - p)^to.
        case 7 -> 1 - Math.pow(1 - args[0].eval(p, c), args[1].eval(p, c));
        default -> throw new IllegalStateException("function " + function);
      };
    }

    @Override
    void names(Set<String> into) {
      for (Expr a : args) {
        a.names(into);
      }
    }

    @Override
    boolean usesCycle() {
      for (Expr a : args) {
        if (a.usesCycle()) {
          return true;
        }
      }
      return false;
    }

    @Override
    void bind(Map<String, Integer> index) {
      for (Expr a : args) {
        a.bind(index);
      }
    }
  }

  private static final Map<String, Integer> ARITY =
      Map.of(
          "if",
          3,
          "min",
          2,
          "max",
          2,
          "exp",
          1,
          "log",
          1,
          "sqrt",
          1,
          "rate_to_prob",
          2,
          "prob_to_prob",
          2);

  /**
   * Recursive descent; precedence from low to high: comparison, + -, * /, unary -, ^. Every
   * recursion ({@link #enter}) and every node made ({@link #node}) is checked against {@link
   * #MAX_DEPTH}, so that neither parsing nor evaluating can go deeper than that.
   */
  private static final class Parser {
    final String s;
    int pos;
    int depth;

    Parser(String s) {
      this.s = s;
    }

    void enter() {
      if (++depth > MAX_DEPTH) {
        throw tooDeep();
      }
    }

    void leave() {
      depth--;
    }

    Expr node(Expr e) {
      if (e.depth > MAX_DEPTH) {
        throw tooDeep();
      }
      return e;
    }

    ParseError tooDeep() {
      return new ParseError(
          "the expression is nested more than "
              + MAX_DEPTH
              + " deep (every operator, sign, function and bracket counts)",
          pos);
    }

    void skip() {
      while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
        pos++;
      }
    }

    boolean eat(String token) {
      skip();
      if (s.startsWith(token, pos)) {
        pos += token.length();
        return true;
      }
      return false;
    }

    Expr comparison() {
      enter();
      Expr left = sum();
      skip();
      char op = 0;
      if (eat("<=")) {
        op = 'l';
      } else if (eat(">=")) {
        op = 'g';
      } else if (eat("==")) {
        op = '=';
      } else if (eat("!=")) {
        op = '!';
      } else if (eat("<")) {
        op = '<';
      } else if (eat(">")) {
        op = '>';
      }
      if (op != 0) {
        left = node(new Bin(op, left, sum()));
      }
      leave();
      return left;
    }

    Expr sum() {
      Expr left = product();
      while (true) {
        if (eat("+")) {
          left = node(new Bin('+', left, product()));
        } else if (eat("-")) {
          left = node(new Bin('-', left, product()));
        } else {
          return left;
        }
      }
    }

    Expr product() {
      Expr left = unary();
      while (true) {
        if (eat("*")) {
          left = node(new Bin('*', left, unary()));
        } else if (eat("/")) {
          left = node(new Bin('/', left, unary()));
        } else {
          return left;
        }
      }
    }

    Expr unary() {
      enter();
      Expr e;
      if (eat("-")) {
        e = node(new Neg(unary()));
      } else if (eat("+")) {
        e = unary();
      } else {
        Expr base = primary();
        e = eat("^") ? node(new Bin('^', base, unary())) : base;
      }
      leave();
      return e;
    }

    Expr primary() {
      skip();
      if (pos >= s.length()) {
        throw new ParseError("the expression ends where a number, name or '(' is expected", pos);
      }
      char c = s.charAt(pos);
      if (c == '(') {
        pos++;
        Expr e = comparison();
        if (!eat(")")) {
          throw new ParseError("')' expected", pos);
        }
        return e;
      }
      if (Character.isDigit(c) || c == '.') {
        return number();
      }
      if (Character.isLetter(c) || c == '_') {
        int start = pos;
        while (pos < s.length()
            && (Character.isLetterOrDigit(s.charAt(pos))
                || s.charAt(pos) == '_'
                || s.charAt(pos) == '.')) {
          pos++;
        }
        String name = s.substring(start, pos);
        skip();
        if (pos < s.length() && s.charAt(pos) == '(') {
          Integer arity = ARITY.get(name);
          if (arity == null) {
            throw new ParseError(
                "unknown function '" + name + "'; the functions are if, min, max, exp, log, sqrt",
                start);
          }
          pos++;
          List<Expr> args = new ArrayList<>();
          if (!eat(")")) {
            do {
              args.add(comparison());
            } while (eat(","));
            if (!eat(")")) {
              throw new ParseError("')' or ',' expected", pos);
            }
          }
          if (args.size() != arity) {
            throw new ParseError(
                name
                    + " takes "
                    + arity
                    + " argument"
                    + (arity == 1 ? "" : "s")
                    + ", not "
                    + args.size(),
                start);
          }
          return node(new Call(name, args.toArray(new Expr[0])));
        }
        if (name.equals(CYCLE) || name.equals(MODEL_TIME)) {
          return new Cycle();
        }
        if (name.equals("C")) {
          throw new ParseError(
              "the complement C is a whole cell of a transition matrix, not part of an expression",
              start);
        }
        return new Var(name);
      }
      throw new ParseError("unexpected '" + c + "'", pos);
    }

    Expr number() {
      int start = pos;
      while (pos < s.length() && (Character.isDigit(s.charAt(pos)) || s.charAt(pos) == '.')) {
        pos++;
      }
      if (pos < s.length() && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
        int mark = pos;
        pos++;
        if (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
          pos++;
        }
        if (pos < s.length() && Character.isDigit(s.charAt(pos))) {
          while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
            pos++;
          }
        } else {
          pos = mark;
        }
      }
      String text = s.substring(start, pos);
      try {
        double value = Double.parseDouble(text);
        if (!Double.isFinite(value)) {
          throw new ParseError("the number " + text + " is too large", start);
        }
        return new Num(value);
      } catch (NumberFormatException e) {
        throw new ParseError("'" + text + "' is not a number", start);
      }
    }
  }
}
