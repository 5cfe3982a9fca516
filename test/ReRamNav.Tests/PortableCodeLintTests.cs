using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

// The guard rails of the two builds (docs/building.md):
//  - PortableCodeLint + PortableCodeLintTests: what test/NanoCompileCheck cannot see, because Roslyn accepts it
//    against nanoFramework's mscorlib but the nanoFramework metadata processor or runtime 1.x rejects it
//    (generic types and methods, [,] arrays, async, decimal), plus the libraries CoreLibrary 1.17.11 lacks.
//  - PortableCodeLintRuleTests: the lint itself, on snippets, so that a broken lint cannot pass silently.
//  - DeviceBuildLayoutTests: the compile check, the host projects and the .nfproj projects all see the
//    files they should, and the .nfproj/packages.config/nfproj.sln agree with each other.
namespace ReRamNav.Tests
{
    /// <summary>One lint finding: where, which rule, and the offending source line.</summary>
    public sealed record LintFinding(string File, int Line, string Rule, string Text)
    {
        public override string ToString() => $"{File}:{Line}: {Rule}: {Text}";
    }

    /// <summary>
    /// Flags C# constructs in portable code that nanoFramework 1.x (CoreLibrary 1.17.11) cannot run.
    /// Works on source text after blanking comments and string/char literals, so that prose and
    /// messages never trigger it. It is a lint, not a parser: see the rule tests for what it decides.
    /// </summary>
    public static class PortableCodeLint
    {
        /// <summary>The folders whose non-Device code must build for nanoFramework.</summary>
        public static readonly string[] PortableRoots = { "drivers", "hal-mock", "board-configs", "firmware" };

        /// <summary>The one folder name, directly under a portable root, that holds device-only code.</summary>
        public const string DeviceFolderName = "Device";

        public const string RuleGenericDefinition = "generic type definition";
        public const string RuleGenericArguments = "generic type or method arguments";
        public const string RuleGenericLibraryType = "generic library type";
        public const string RuleMultidimensionalArray = "multidimensional array";
        public const string RuleAsync = "async/await";
        public const string RuleDecimal = "decimal";
        public const string RuleLinq = "System.Linq";
        public const string RuleGenericCollections = "System.Collections.Generic";
        public const string RuleMath = "System.Math";
        public const string RuleStringBuilder = "StringBuilder";
        public const string RuleHashtable = "Hashtable";

        // Generic types from the .NET libraries that portable code might reach for. Flagged wherever the
        // name is followed by '<', whatever comes after the closing '>'.
        private const string GenericLibraryTypeNames =
            "List|Dictionary|HashSet|SortedList|SortedDictionary|SortedSet|LinkedList|Queue|Stack|" +
            "Span|ReadOnlySpan|Memory|ReadOnlyMemory|ArraySegment|" +
            "IEnumerable|IEnumerator|ICollection|IList|IDictionary|ISet|" +
            "IReadOnlyList|IReadOnlyCollection|IReadOnlyDictionary|" +
            "Func|Action|Predicate|Comparison|Converter|EventHandler|" +
            "Nullable|Lazy|Tuple|ValueTuple|KeyValuePair|Task|ValueTask|" +
            "IComparable|IEquatable|IComparer|IEqualityComparer|" +
            "ConcurrentDictionary|ConcurrentQueue|ConcurrentBag|ImmutableArray|ImmutableList";

        private static readonly (string Rule, Regex Pattern)[] s_patternRules =
        {
            (RuleGenericDefinition, new Regex(@"\b(?:class|struct|interface|record)\s+@?[A-Za-z_]\w*\s*<", RegexOptions.Compiled)),
            (RuleGenericDefinition, new Regex(@"\bdelegate\s+[\w.\[\]?]+\s+@?[A-Za-z_]\w*\s*<", RegexOptions.Compiled)),
            (RuleGenericLibraryType, new Regex(@"(?<![\w@])(?:" + GenericLibraryTypeNames + @")\s*<(?![<=])", RegexOptions.Compiled)),
            // int[,] / int[ , , ] as a type.
            (RuleMultidimensionalArray, new Regex(@"\[\s*,[\s,]*\]", RegexOptions.Compiled)),
            (RuleAsync, new Regex(@"\b(?:async|await)\b", RegexOptions.Compiled)),
            (RuleDecimal, new Regex(@"\bdecimal\b|\bSystem\s*\.\s*Decimal\b", RegexOptions.Compiled)),
            // 1m, 2.5M: decimal literals (not hex, not part of an identifier or a longer number).
            (RuleDecimal, new Regex(@"(?<![\w.])\d[\d_]*(?:\.\d[\d_]*)?[mM]\b", RegexOptions.Compiled)),
            (RuleLinq, new Regex(@"\bSystem\s*\.\s*Linq\b", RegexOptions.Compiled)),
            (RuleGenericCollections, new Regex(@"\bSystem\s*\.\s*Collections\s*\.\s*Generic\b", RegexOptions.Compiled)),
            // System.Math, using static System.Math, Math.Abs(...), MathF.Sqrt(...); not Our.Math.X or FixedMath.X.
            (RuleMath, new Regex(@"\bSystem\s*\.\s*MathF?\b|(?<![\w.@])MathF?\s*\.", RegexOptions.Compiled)),
            (RuleStringBuilder, new Regex(@"\bStringBuilder\b", RegexOptions.Compiled)),
            (RuleHashtable, new Regex(@"\bHashtable\b", RegexOptions.Compiled)),
        };

        // new T[a, b]: a multidimensional array creation (commas inside parentheses, e.g. new T[F(a, b)], do not count).
        private static readonly Regex s_arrayCreation = new Regex(@"\bnew\s+@?[A-Za-z_][\w.]*\s*\[([^\[\]]*)\]", RegexOptions.Compiled);
        private static readonly Regex s_parenthesized = new Regex(@"\([^()]*\)", RegexOptions.Compiled);

        /// <summary>
        /// Every portable .cs file under <paramref name="repoRoot"/>, as repository-relative paths with '/'.
        /// Portable = under a portable root and not under a Device, bin or obj folder.
        /// </summary>
        public static IReadOnlyList<string> EnumeratePortableFiles(string repoRoot)
        {
            return EnumerateSourceFiles(repoRoot).Where(IsPortablePath).ToList();
        }

        /// <summary>Every .cs file under the portable roots (Device folders included, bin and obj not).</summary>
        public static IReadOnlyList<string> EnumerateSourceFiles(string repoRoot)
        {
            List<string> files = new List<string>();
            foreach (string root in PortableRoots)
            {
                string directory = Path.Combine(repoRoot, root);
                if (!Directory.Exists(directory))
                {
                    continue;
                }

                foreach (string file in Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories))
                {
                    string relative = Path.GetRelativePath(repoRoot, file).Replace('\\', '/');
                    string[] segments = relative.Split('/');
                    if (segments.Any(s => s == "bin" || s == "obj"))
                    {
                        continue;
                    }

                    files.Add(relative);
                }
            }

            files.Sort(StringComparer.Ordinal);
            return files;
        }

        /// <summary>True for a repository-relative path that the portable rules apply to.</summary>
        public static bool IsPortablePath(string relativePath)
        {
            string[] segments = relativePath.Replace('\\', '/').Split('/');
            return segments.Length >= 2
                && PortableRoots.Contains(segments[0])
                && !segments.Any(s => s == DeviceFolderName || s == "bin" || s == "obj");
        }

        /// <summary>Lints one file's text. <paramref name="fileName"/> only labels the findings.</summary>
        public static IReadOnlyList<LintFinding> Check(string fileName, string source)
        {
            string code = StripCommentsAndLiterals(source);
            string[] originalLines = source.Replace("\r\n", "\n").Split('\n');
            int[] lineStarts = LineStarts(code);
            List<(int Offset, string Rule)> hits = new List<(int, string)>();

            foreach ((string rule, Regex pattern) in s_patternRules)
            {
                foreach (Match match in pattern.Matches(code))
                {
                    hits.Add((match.Index, rule));
                }
            }

            foreach (Match match in s_arrayCreation.Matches(code))
            {
                string dimensions = match.Groups[1].Value;
                string previous;
                do
                {
                    previous = dimensions;
                    dimensions = s_parenthesized.Replace(dimensions, "");
                }
                while (dimensions != previous);

                if (dimensions.Contains(','))
                {
                    hits.Add((match.Index, RuleMultidimensionalArray));
                }
            }

            foreach (int offset in FindTypeArgumentLists(code))
            {
                hits.Add((offset, RuleGenericArguments));
            }

            return hits
                .Select(h => (Line: LineOf(lineStarts, h.Offset), h.Rule))
                .Distinct()
                .OrderBy(h => h.Line).ThenBy(h => h.Rule, StringComparer.Ordinal)
                .Select(h => new LintFinding(fileName, h.Line, h.Rule, originalLines[h.Line - 1].Trim()))
                .ToList();
        }

        /// <summary>
        /// Replaces the contents of comments and of string and char literals with spaces, keeping every
        /// newline and every other character's position. The code inside interpolation holes of
        /// $"..." strings is kept, since it is code.
        /// </summary>
        public static string StripCommentsAndLiterals(string source)
        {
            StringBuilder output = new StringBuilder(source.Length);

            // Each open interpolated string that we are inside a hole of: whether it is verbatim, and the
            // brace depth inside the hole (a '}' at depth 0 ends the hole).
            Stack<(bool Verbatim, int BraceDepth)> holes = new Stack<(bool, int)>();
            int i = 0;
            int n = source.Length;

            while (i < n)
            {
                char c = source[i];
                char next = i + 1 < n ? source[i + 1] : '\0';

                if (c == '/' && next == '/')
                {
                    while (i < n && source[i] != '\n' && source[i] != '\r')
                    {
                        output.Append(' ');
                        i++;
                    }
                }
                else if (c == '/' && next == '*')
                {
                    output.Append("  ");
                    i += 2;
                    while (i < n && !(source[i] == '*' && i + 1 < n && source[i + 1] == '/'))
                    {
                        output.Append(Blank(source[i]));
                        i++;
                    }

                    output.Append(i < n ? "  " : "");
                    i = Math.Min(n, i + 2);
                }
                else if (c == '"' || ((c == '@' || c == '$') && IsStringStart(source, i)))
                {
                    bool verbatim = false;
                    bool interpolated = false;
                    while (source[i] != '"')
                    {
                        verbatim |= source[i] == '@';
                        interpolated |= source[i] == '$';
                        output.Append(source[i]);
                        i++;
                    }

                    output.Append('"');
                    i++;
                    i = CopyStringBody(source, i, verbatim, interpolated, output, out bool enteredHole);
                    if (enteredHole)
                    {
                        holes.Push((verbatim, 0));
                    }
                }
                else if (c == '\'')
                {
                    output.Append('\'');
                    i++;
                    while (i < n && source[i] != '\'' && source[i] != '\n')
                    {
                        if (source[i] == '\\' && i + 1 < n)
                        {
                            output.Append(' ');
                            i++;
                        }

                        output.Append(' ');
                        i++;
                    }

                    if (i < n && source[i] == '\'')
                    {
                        output.Append('\'');
                        i++;
                    }
                }
                else if (holes.Count > 0 && c == '{')
                {
                    (bool verbatim, int depth) = holes.Pop();
                    holes.Push((verbatim, depth + 1));
                    output.Append(c);
                    i++;
                }
                else if (holes.Count > 0 && c == '}')
                {
                    (bool verbatim, int depth) = holes.Pop();
                    if (depth > 0)
                    {
                        holes.Push((verbatim, depth - 1));
                        output.Append(c);
                        i++;
                    }
                    else
                    {
                        // End of the hole: back inside the interpolated string.
                        output.Append(c);
                        i++;
                        i = CopyStringBody(source, i, verbatim, interpolated: true, output, out bool enteredHole);
                        if (enteredHole)
                        {
                            holes.Push((verbatim, 0));
                        }
                    }
                }
                else
                {
                    output.Append(c);
                    i++;
                }
            }

            return output.ToString();
        }

        // Blanks a string body from i up to and including its closing quote, or up to and including the
        // '{' that opens an interpolation hole (enteredHole = true). Returns the index after what it consumed.
        private static int CopyStringBody(string source, int i, bool verbatim, bool interpolated, StringBuilder output, out bool enteredHole)
        {
            int n = source.Length;
            enteredHole = false;
            while (i < n)
            {
                char c = source[i];
                char next = i + 1 < n ? source[i + 1] : '\0';
                if (verbatim && c == '"' && next == '"')
                {
                    output.Append("  ");
                    i += 2;
                }
                else if (!verbatim && c == '\\' && i + 1 < n)
                {
                    output.Append(' ').Append(Blank(next));
                    i += 2;
                }
                else if (c == '"')
                {
                    output.Append('"');
                    return i + 1;
                }
                else if (!verbatim && c == '\n')
                {
                    // An unterminated regular string: stop at the end of the line, as the compiler does.
                    return i;
                }
                else if (interpolated && (c == '{' || c == '}') && next == c)
                {
                    output.Append("  ");
                    i += 2;
                }
                else if (interpolated && c == '{')
                {
                    output.Append('{');
                    enteredHole = true;
                    return i + 1;
                }
                else
                {
                    output.Append(Blank(c));
                    i++;
                }
            }

            return i;
        }

        private static bool IsStringStart(string source, int i)
        {
            // @" $" @$" $@" (the prefix characters, then a quote).
            int j = i;
            while (j < source.Length && j < i + 2 && (source[j] == '@' || source[j] == '$'))
            {
                j++;
            }

            return j < source.Length && source[j] == '"' && j > i;
        }

        private static char Blank(char c) => c == '\n' || c == '\r' ? c : ' ';

        /// <summary>
        /// Offsets of type argument lists, decided as C# decides "F(G&lt;A, B&gt;(7))" (C# spec, grammar
        /// ambiguities): Name&lt;types&gt; counts when the token after the '&gt;' is one of ( ) ] } : ; , . ? == != | ^ &amp; [ {
        /// or when it is an identifier and Name starts with a capital letter (a declaration such as
        /// Pair&lt;Foo&gt; x). So "a &lt; b &gt; c" stays a comparison.
        /// </summary>
        public static IEnumerable<int> FindTypeArgumentLists(string code)
        {
            for (int i = 0; i < code.Length; i++)
            {
                if (code[i] != '<' || (i + 1 < code.Length && (code[i + 1] == '<' || code[i + 1] == '=')) || (i > 0 && code[i - 1] == '<'))
                {
                    continue;
                }

                int nameEnd = i - 1;
                while (nameEnd >= 0 && code[nameEnd] == ' ')
                {
                    nameEnd--;
                }

                int nameStart = nameEnd;
                while (nameStart >= 0 && IsIdentifierChar(code[nameStart]))
                {
                    nameStart--;
                }

                nameStart++;
                if (nameStart > nameEnd || char.IsDigit(code[nameStart]))
                {
                    continue;
                }

                int close = ParseTypeArgumentList(code, i);
                if (close < 0)
                {
                    continue;
                }

                int after = SkipSpaces(code, close + 1);
                bool capitalized = char.IsUpper(code[nameStart]);
                if (after >= code.Length || IsDisambiguatingToken(code, after) || (capitalized && IsIdentifierStart(code[after])))
                {
                    yield return nameStart;
                }
            }
        }

        // Parses "<T1, T2<U>, T3[]?>" starting at the '<' at index open. Returns the index of the closing
        // '>' or -1 if the text there is not a type argument list. "<>" and "<,>" (typeof(Dictionary<,>)) count.
        private static int ParseTypeArgumentList(string code, int open)
        {
            int i = SkipSpaces(code, open + 1);
            if (i < code.Length && code[i] == '>')
            {
                return i;
            }

            while (i < code.Length)
            {
                if (code[i] == ',')
                {
                    // Only an unbound list like <,> may have empty arguments.
                    int k = SkipSpaces(code, i + 1);
                    while (k < code.Length && code[k] == ',')
                    {
                        k = SkipSpaces(code, k + 1);
                    }

                    if (k < code.Length && code[k] == '>' && code.Substring(open + 1, k - open - 1).Trim(' ', ',').Length == 0)
                    {
                        return k;
                    }
                }

                i = ParseType(code, i);
                if (i < 0)
                {
                    return -1;
                }

                i = SkipSpaces(code, i);
                if (i >= code.Length)
                {
                    return -1;
                }

                if (code[i] == '>' && !(i + 1 < code.Length && code[i + 1] == '='))
                {
                    return i;
                }

                if (code[i] != ',')
                {
                    return -1;
                }

                i = SkipSpaces(code, i + 1);
            }

            return -1;
        }

        // Parses one type: Name(.Name)*(<args>)?(?)?([,*])* and returns the index after it, or -1.
        private static int ParseType(string code, int i)
        {
            i = SkipSpaces(code, i);
            if (i < code.Length && code[i] == '@')
            {
                i++;
            }

            if (i >= code.Length || !IsIdentifierStart(code[i]))
            {
                return -1;
            }

            while (true)
            {
                while (i < code.Length && IsIdentifierChar(code[i]))
                {
                    i++;
                }

                int j = SkipSpaces(code, i);
                if (j < code.Length && code[j] == '.')
                {
                    j = SkipSpaces(code, j + 1);
                    if (j < code.Length && IsIdentifierStart(code[j]))
                    {
                        i = j;
                        continue;
                    }

                    return -1;
                }

                break;
            }

            int k = SkipSpaces(code, i);
            if (k < code.Length && code[k] == '<')
            {
                int close = ParseTypeArgumentList(code, k);
                if (close < 0)
                {
                    return -1;
                }

                i = close + 1;
            }

            if (i < code.Length && code[i] == '?')
            {
                i++;
            }

            while (true)
            {
                k = SkipSpaces(code, i);
                if (k < code.Length && code[k] == '[')
                {
                    int m = SkipSpaces(code, k + 1);
                    while (m < code.Length && code[m] == ',')
                    {
                        m = SkipSpaces(code, m + 1);
                    }

                    if (m < code.Length && code[m] == ']')
                    {
                        i = m + 1;
                        continue;
                    }
                }

                break;
            }

            return i;
        }

        private static bool IsDisambiguatingToken(string code, int i)
        {
            char c = code[i];
            char next = i + 1 < code.Length ? code[i + 1] : '\0';
            switch (c)
            {
                case '(':
                case ')':
                case ']':
                case '}':
                case '{':
                case ':':
                case ';':
                case ',':
                case '.':
                case '?':
                case '|':
                case '^':
                case '&':
                case '[':
                    return true;
                case '=':
                case '!':
                    return next == '=';
                default:
                    return false;
            }
        }

        private static int SkipSpaces(string code, int i)
        {
            while (i < code.Length && char.IsWhiteSpace(code[i]))
            {
                i++;
            }

            return i;
        }

        private static bool IsIdentifierStart(char c) => char.IsLetter(c) || c == '_';

        private static bool IsIdentifierChar(char c) => char.IsLetterOrDigit(c) || c == '_';

        private static int[] LineStarts(string text)
        {
            List<int> starts = new List<int> { 0 };
            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n')
                {
                    starts.Add(i + 1);
                }
            }

            return starts.ToArray();
        }

        private static int LineOf(int[] lineStarts, int offset)
        {
            int index = Array.BinarySearch(lineStarts, offset);
            return (index >= 0 ? index : ~index - 1) + 1;
        }
    }

    /// <summary>The lint applied to the repository's portable sources.</summary>
    [TestClass]
    public class PortableCodeLintTests
    {
        [TestMethod]
        public void PortableFileEnumerationFindsTheHalInterfaces()
        {
            // Guards the scan below against passing because it looked at nothing.
            IReadOnlyList<string> files = PortableCodeLint.EnumeratePortableFiles(RepoPaths.Root);

            CollectionAssert.Contains(files.ToList(), "drivers/Hal/ISpiBus.cs");
            CollectionAssert.Contains(files.ToList(), "drivers/Hal/IClock.cs");
            Assert.IsFalse(files.Any(f => f.Contains("/Device/")), "Device/ files are not portable");
        }

        [TestMethod]
        public void PortableSourcesUseOnlyWhatNanoFrameworkRuns()
        {
            List<LintFinding> findings = new List<LintFinding>();
            foreach (string file in PortableCodeLint.EnumeratePortableFiles(RepoPaths.Root))
            {
                findings.AddRange(PortableCodeLint.Check(file, File.ReadAllText(RepoPaths.Get(file))));
            }

            Assert.AreEqual(0, findings.Count,
                "Portable code (drivers/, hal-mock/, board-configs/, firmware/ outside Device/) must run on nanoFramework 1.x:" +
                Environment.NewLine + string.Join(Environment.NewLine, findings));
        }
    }

    /// <summary>The lint's own rules, on snippets: each rule must fire, and must not fire on look-alikes.</summary>
    [TestClass]
    public class PortableCodeLintRuleTests
    {
        private static IReadOnlyList<LintFinding> Lint(string source) => PortableCodeLint.Check("snippet.cs", source);

        private static void AssertFlagged(string source, string rule)
        {
            IReadOnlyList<LintFinding> findings = Lint(source);
            Assert.IsTrue(findings.Any(f => f.Rule == rule),
                $"expected '{rule}' for: {source}{Environment.NewLine}got: {string.Join("; ", findings)}");
        }

        private static void AssertClean(string source)
        {
            IReadOnlyList<LintFinding> findings = Lint(source);
            Assert.AreEqual(0, findings.Count, $"expected no finding for: {source}{Environment.NewLine}got: {string.Join("; ", findings)}");
        }

        [TestMethod]
        public void GenericTypeDefinitionsAreFlagged()
        {
            AssertFlagged("public class Foo<T> { }", PortableCodeLint.RuleGenericDefinition);
            AssertFlagged("struct Pair <TA, TB> { }", PortableCodeLint.RuleGenericDefinition);
            AssertFlagged("interface IRing<T> where T : class { }", PortableCodeLint.RuleGenericDefinition);
            AssertFlagged("public delegate void Handler<T>(T item);", PortableCodeLint.RuleGenericDefinition);
        }

        [TestMethod]
        public void GenericMethodsAndTypeArgumentsAreFlagged()
        {
            AssertFlagged("static void Swap<T>(ref T a, ref T b) { }", PortableCodeLint.RuleGenericArguments);
            AssertFlagged("var e = Array.Empty<byte>();", PortableCodeLint.RuleGenericArguments);
            AssertFlagged("RingBuffer<Sample> samples = null;", PortableCodeLint.RuleGenericArguments);
            AssertFlagged("Type t = typeof(Cache<,>);", PortableCodeLint.RuleGenericArguments);
            AssertFlagged("x = Make<Outer<Inner>, int[]>(1);", PortableCodeLint.RuleGenericArguments);
        }

        [TestMethod]
        public void GenericLibraryTypesAreFlagged()
        {
            AssertFlagged("List<int> cells = new List<int>();", PortableCodeLint.RuleGenericLibraryType);
            AssertFlagged("Dictionary<string, int> byName;", PortableCodeLint.RuleGenericLibraryType);
            AssertFlagged("void Fill(Span<byte> frame) { }", PortableCodeLint.RuleGenericLibraryType);
            AssertFlagged("Func<int, int> f = x => x;", PortableCodeLint.RuleGenericLibraryType);
        }

        [TestMethod]
        public void ComparisonsAndShiftsAreNotGenerics()
        {
            AssertClean("bool b = a < b > c;");
            AssertClean("if (i < count && j > 0) { }");
            AssertClean("for (int i = 0; i < Length; i++) { }");
            AssertClean("int x = (a << 2) >> 1; bool le = a <= b; bool ge = b >= a;");
            AssertClean("Call(a < b, c > d);");
            AssertClean("int m = x < Max ? x : Max;");
            AssertClean("if (value < MinValue || value > MaxValue) { }");
            AssertClean("bool inRange = x is > 0 and < Limit;");
        }

        [TestMethod]
        public void MultidimensionalArraysAreFlaggedAndJaggedArraysAreNot()
        {
            AssertFlagged("int[,] grid;", PortableCodeLint.RuleMultidimensionalArray);
            AssertFlagged("var g = new int[rows, columns];", PortableCodeLint.RuleMultidimensionalArray);
            AssertFlagged("byte[ , , ] cube;", PortableCodeLint.RuleMultidimensionalArray);
            AssertClean("int[][] grid = new int[rows][]; grid[0] = new int[Size(a, b)];");
            AssertClean("var row = new byte[] { 1, 2, 3 };");
        }

        [TestMethod]
        public void AsyncDecimalLinqMathStringBuilderAndHashtableAreFlagged()
        {
            AssertFlagged("async void Run() { await Step(); }", PortableCodeLint.RuleAsync);
            AssertFlagged("decimal gain = 1;", PortableCodeLint.RuleDecimal);
            AssertFlagged("var gain = 1.5m;", PortableCodeLint.RuleDecimal);
            AssertFlagged("using System.Linq;", PortableCodeLint.RuleLinq);
            AssertFlagged("using System.Collections.Generic;", PortableCodeLint.RuleGenericCollections);
            AssertFlagged("int a = Math.Abs(x);", PortableCodeLint.RuleMath);
            AssertFlagged("double r = System.Math.Sqrt(x);", PortableCodeLint.RuleMath);
            AssertFlagged("float r = MathF.Sqrt(x);", PortableCodeLint.RuleMath);
            AssertFlagged("var sb = new StringBuilder();", PortableCodeLint.RuleStringBuilder);
            AssertFlagged("var map = new Hashtable();", PortableCodeLint.RuleHashtable);
        }

        [TestMethod]
        public void LookAlikeNamesAreNotFlagged()
        {
            AssertClean("int y = FixedMath.Abs(x); int z = ReRamNav.Drivers.Math.Q16.One;");
            AssertClean("int asyncCount = 0; int awaitedUs = 0; int decimalPlaces = 2;");
            AssertClean("int hex = 0x1F; long big = 10L; float f = 2.5f; int m5 = 5; int mm = Item5m;");
            AssertClean("var list = new ArrayList(); IList items = list; IEnumerable e = items;");
        }

        [TestMethod]
        public void CommentsAndStringsAreIgnored()
        {
            AssertClean("// class Foo<T> uses List<int> and Math.Abs\nint x = 1;");
            AssertClean("/* async Task<int> Run()\n   int[,] grid; decimal d; */ int y = 2;");
            AssertClean("string s = \"List<int> and System.Linq and 1.5m\";");
            AssertClean("string v = @\"c:\\x \"\"Math.Abs\"\" [,]\";");
            AssertClean("char open = '<'; char quote = '\"'; char slash = '\\\\'; string t = \"\\\"Span<byte>\\\"\";");
            AssertClean("string i = $\"{count} cells of List<int> {{Math.Abs}}\";");
        }

        [TestMethod]
        public void CodeInsideInterpolationHolesIsLinted()
        {
            AssertFlagged("string s = $\"abs={Math.Abs(x)}\";", PortableCodeLint.RuleMath);
            AssertFlagged("string s = $@\"{new List<int>().Count}\";", PortableCodeLint.RuleGenericLibraryType);
            AssertClean("string s = $\"{(a < b ? \"lt\" : \"ge\")} {n:X2}\";");
        }

        [TestMethod]
        public void FindingsCarryFileLineAndSourceText()
        {
            IReadOnlyList<LintFinding> findings = PortableCodeLint.Check("drivers/Board/X.cs", "int a = 1;\r\n// ok\r\n  int[,] grid;\r\n");

            Assert.AreEqual(1, findings.Count);
            Assert.AreEqual("drivers/Board/X.cs:3: multidimensional array: int[,] grid;", findings[0].ToString());
        }

        [TestMethod]
        public void StrippingKeepsLinesAndPositions()
        {
            string source = "a /* x\ny */ b \"s\\\"t\" 'c' // z\nd";
            string stripped = PortableCodeLint.StripCommentsAndLiterals(source);

            Assert.AreEqual(source.Length, stripped.Length);
            Assert.AreEqual(source.Split('\n').Length, stripped.Split('\n').Length);
            Assert.AreEqual("a     \n     b \"    \" ' '     \nd", stripped);
        }

        [TestMethod]
        public void PortablePathsExcludeDeviceBinAndObj()
        {
            Assert.IsTrue(PortableCodeLint.IsPortablePath("drivers/Board/ReRamBoard.cs"));
            Assert.IsTrue(PortableCodeLint.IsPortablePath("firmware/Agent/Agent.cs"));
            Assert.IsFalse(PortableCodeLint.IsPortablePath("drivers/Device/SpiDeviceBus.cs"));
            Assert.IsFalse(PortableCodeLint.IsPortablePath("firmware/Device/Program.cs"));
            Assert.IsFalse(PortableCodeLint.IsPortablePath("hal-mock/obj/Debug/X.cs"));
            Assert.IsFalse(PortableCodeLint.IsPortablePath("test/ReRamNav.Tests/SmokeTests.cs"));
            Assert.IsFalse(PortableCodeLint.IsPortablePath("tools/reramnav/Program.cs"));
        }
    }

    /// <summary>
    /// The file layout that the compile check, the host projects and the device (.nfproj) build rely on.
    /// </summary>
    [TestClass]
    public class DeviceBuildLayoutTests
    {
        private const string NanoProjectTypeGuid = "{11A8DD76-328B-46DF-9F39-F559912D0360}";
        private const string CSharpProjectTypeGuid = "{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}";
        private const string NanoPublicKeyToken = "c07d481e9758c731";
        private const string CoreLibraryId = "nanoFramework.CoreLibrary";
        private const string CoreLibraryVersion = "1.17.11";

        private static readonly XNamespace s_msbuild = "http://schemas.microsoft.com/developer/msbuild/2003";

        private static readonly Regex s_hintPath = new Regex(
            // (..\)+: test/ReRamNav.DeviceTests/NFUnitTest.nfproj sits two folders below packages\; .exe: the
            // TestFramework's nanoFramework.UnitTestLauncher.exe.
            @"^(?:\.\.\\)+packages\\(?<id>[A-Za-z][\w.]*?)\.(?<version>\d+\.\d+\.\d+(?:-[\w.]+)?)\\lib\\[\w.]+\.(?:dll|exe)$");

        // ---- the compile check and the host projects ----

        [TestMethod]
        public void CompileCheckGlobSelectsExactlyThePortableFiles()
        {
            string projectPath = RepoPaths.Get("test/NanoCompileCheck/NanoCompileCheck.csproj");
            XDocument project = XDocument.Load(projectPath);
            XElement[] compiles = project.Descendants("Compile").Where(e => e.Attribute("Include") != null).ToArray();
            Assert.AreEqual(1, compiles.Length, "NanoCompileCheck.csproj should have one Compile item with the portable glob");

            Glob glob = new Glob(Path.GetDirectoryName(projectPath),
                (string)compiles[0].Attribute("Include"), (string)compiles[0].Attribute("Exclude"));
            HashSet<string> selected = PortableCodeLint.EnumerateSourceFiles(RepoPaths.Root)
                .Where(f => glob.Matches(RepoPaths.Get(f))).ToHashSet();
            HashSet<string> portable = PortableCodeLint.EnumeratePortableFiles(RepoPaths.Root).ToHashSet();

            string[] notChecked = portable.Except(selected).OrderBy(f => f, StringComparer.Ordinal).ToArray();
            string[] deviceChecked = selected.Except(portable).OrderBy(f => f, StringComparer.Ordinal).ToArray();
            Assert.AreEqual(0, notChecked.Length, "portable files the compile check does not compile: " + string.Join(", ", notChecked));
            Assert.AreEqual(0, deviceChecked.Length, "device-only files the compile check compiles: " + string.Join(", ", deviceChecked));
            Assert.IsTrue(selected.Contains("drivers/Hal/ISpiBus.cs"), "the glob evaluation found nothing");
        }

        [TestMethod]
        public void DeviceOnlyCodeLivesOnlyInTopLevelDeviceFolders()
        {
            // The compile check and the host projects exclude Device/ by exact name. A nested or differently
            // cased device folder would be compiled as portable code, or slip out of every check.
            List<string> misplaced = new List<string>();
            foreach (string file in PortableCodeLint.EnumerateSourceFiles(RepoPaths.Root))
            {
                string[] segments = file.Split('/');
                for (int i = 0; i < segments.Length - 1; i++)
                {
                    bool namedDevice = string.Equals(segments[i], PortableCodeLint.DeviceFolderName, StringComparison.OrdinalIgnoreCase);
                    bool allowed = i == 1 && segments[i] == PortableCodeLint.DeviceFolderName;
                    if (namedDevice && !allowed)
                    {
                        misplaced.Add(file);
                    }
                }
            }

            Assert.AreEqual(0, misplaced.Count,
                "device-only code belongs in <project>/Device/ only: " + string.Join(", ", misplaced));
        }

        [TestMethod]
        public void HostProjectsLeaveDeviceFoldersOut()
        {
            foreach (string root in PortableCodeLint.PortableRoots)
            {
                string[] projects = Directory.GetFiles(RepoPaths.Get(root), "*.csproj");
                Assert.AreEqual(1, projects.Length, $"{root}/ should have one host .csproj");
                bool removesDevice = XDocument.Load(projects[0]).Descendants("Compile")
                    .Any(e => ((string)e.Attribute("Remove"))?.Replace('\\', '/') == "Device/**");
                Assert.IsTrue(removesDevice, $"{RepoPaths.ToRelative(projects[0])} must have <Compile Remove=\"Device/**\" />");
            }
        }

        // ---- the .nfproj projects ----

        [TestMethod]
        public void EachPortableFolderHasOneNfprojInTheNanoFrameworkFormat()
        {
            HashSet<string> guids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (string root in PortableCodeLint.PortableRoots)
            {
                string path = SingleNfproj(root);
                XElement globals = XDocument.Load(path).Root;
                string name = Path.GetFileNameWithoutExtension(path);

                Assert.AreEqual($"{NanoProjectTypeGuid};{CSharpProjectTypeGuid}", Property(globals, "ProjectTypeGuids"), name);
                Assert.AreEqual("v1.0", Property(globals, "TargetFrameworkVersion"), name);
                Assert.AreEqual("9.0", Property(globals, "LangVersion"), name);
                Assert.AreEqual(name, Property(globals, "AssemblyName"), name);
                Assert.AreEqual(name, Property(globals, "RootNamespace"), name);
                Assert.AreEqual(root == "firmware" ? "Exe" : "Library", Property(globals, "OutputType"), name);
                Assert.IsTrue(Guid.TryParse(Property(globals, "ProjectGuid"), out _), name + " ProjectGuid");
                Assert.IsTrue(guids.Add(Property(globals, "ProjectGuid")), name + " ProjectGuid is not unique");
            }
        }

        [TestMethod]
        public void EachNfprojCompilesEveryFileOfItsFolderIncludingDevice()
        {
            foreach (string root in PortableCodeLint.PortableRoots)
            {
                string path = SingleNfproj(root);
                Glob[] globs = XDocument.Load(path).Descendants(s_msbuild + "Compile")
                    .Select(e => new Glob(Path.GetDirectoryName(path), (string)e.Attribute("Include"), (string)e.Attribute("Exclude")))
                    .ToArray();
                string[] missing = PortableCodeLint.EnumerateSourceFiles(RepoPaths.Root)
                    .Where(f => f.StartsWith(root + "/", StringComparison.Ordinal))
                    .Where(f => !globs.Any(g => g.Matches(RepoPaths.Get(f))))
                    .ToArray();

                Assert.AreEqual(0, missing.Length, $"{RepoPaths.ToRelative(path)} does not compile: {string.Join(", ", missing)}");
                Assert.IsTrue(globs.Any(g => g.Matches(RepoPaths.Get(root + "/Device/AssemblyInfo.cs"))), root + ": Device/ must be compiled");
                Assert.IsFalse(globs.Any(g => g.Matches(RepoPaths.Get(root + "/obj/Release/X.AssemblyAttributes.cs"))), root + ": obj/ must not be compiled");
            }
        }

        [TestMethod]
        public void EveryNfprojUsesCoreLibrary_1_17_11_InPackagesConfig()
        {
            string[] nfprojs = AllNfprojs();
            Assert.IsTrue(nfprojs.Length >= PortableCodeLint.PortableRoots.Length, "expected an .nfproj per portable folder");

            foreach (string path in nfprojs)
            {
                (string Id, string Version, string TargetFramework)[] packages = PackagesConfig(path);
                Assert.IsTrue(packages.Contains((CoreLibraryId, CoreLibraryVersion, "netnano1.0")),
                    $"{RepoPaths.ToRelative(path)}: packages.config must name {CoreLibraryId} {CoreLibraryVersion} for netnano1.0");
                foreach ((string id, string version, string targetFramework) in packages)
                {
                    Assert.AreEqual("netnano1.0", targetFramework, $"{RepoPaths.ToRelative(path)}: {id} targetFramework");
                }
            }
        }

        [TestMethod]
        public void DriversAndFirmwareReferenceSpiAndGpio()
        {
            foreach (string root in new[] { "drivers", "firmware" })
            {
                string path = SingleNfproj(root);
                string[] packageIds = PackagesConfig(path).Select(p => p.Id).ToArray();
                string[] assemblies = References(path).Select(r => r.Assembly).ToArray();

                foreach ((string packageId, string assembly) in new[]
                {
                    ("nanoFramework.System.Device.Spi", "System.Device.Spi"),
                    ("nanoFramework.System.Device.Gpio", "System.Device.Gpio"),
                })
                {
                    CollectionAssert.Contains(packageIds, packageId, $"{root} packages.config");
                    CollectionAssert.Contains(assemblies, assembly, $"{root} .nfproj references");
                }
            }
        }

        [TestMethod]
        public void NfprojReferencesMatchPackagesConfig()
        {
            foreach (string path in AllNfprojs())
            {
                string name = RepoPaths.ToRelative(path);
                (string Id, string Version, string TargetFramework)[] packages = PackagesConfig(path);
                List<string> referencedPackages = new List<string>();

                foreach ((string assembly, string version, string token, string hintPath) in References(path))
                {
                    Match hint = s_hintPath.Match(hintPath ?? "");
                    Assert.IsTrue(hint.Success, $"{name}: {assembly} HintPath '{hintPath}' is not ..\\packages\\<id>.<version>\\lib\\<dll>");
                    string id = hint.Groups["id"].Value;
                    string packageVersion = hint.Groups["version"].Value;

                    Assert.IsTrue(packages.Any(p => p.Id == id && p.Version == packageVersion),
                        $"{name}: {assembly} points into {id} {packageVersion}, which packages.config does not name");
                    // The UnitTestLauncher is not versioned (nanoFramework's own test projects reference it as 0.0.0.0).
                    if (assembly != "nanoFramework.UnitTestLauncher")
                    {
                        Assert.AreEqual(packageVersion + ".0", version, $"{name}: {assembly} Version vs package version");
                    }
                    Assert.AreEqual(NanoPublicKeyToken, token, $"{name}: {assembly} PublicKeyToken");
                    referencedPackages.Add(id);
                }

                string[] unused = packages.Select(p => p.Id).Except(referencedPackages).ToArray();
                Assert.AreEqual(0, unused.Length, $"{name}: packages.config names packages no Reference uses: {string.Join(", ", unused)}");

                // Packages used by more than one project must have one version everywhere: a .bin holds one copy.
                foreach ((string id, string version, _) in packages)
                {
                    foreach (string other in AllNfprojs())
                    {
                        foreach ((string otherId, string otherVersion, _) in PackagesConfig(other))
                        {
                            Assert.IsTrue(otherId != id || otherVersion == version,
                                $"{id}: {version} in {name} but {otherVersion} in {RepoPaths.ToRelative(other)}");
                        }
                    }
                }
            }
        }

        [TestMethod]
        public void NfprojProjectReferencesResolve()
        {
            Dictionary<string, string> guidByPath = AllNfprojs().ToDictionary(
                p => Path.GetFullPath(p), p => Property(XDocument.Load(p).Root, "ProjectGuid"));

            foreach (string path in AllNfprojs())
            {
                foreach (XElement reference in XDocument.Load(path).Descendants(s_msbuild + "ProjectReference"))
                {
                    string target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path),
                        ((string)reference.Attribute("Include")).Replace('\\', Path.DirectorySeparatorChar)));
                    Assert.IsTrue(guidByPath.ContainsKey(target), $"{RepoPaths.ToRelative(path)}: no project at {target}");
                    Assert.AreEqual(guidByPath[target], (string)reference.Element(s_msbuild + "Project"), true,
                        $"{RepoPaths.ToRelative(path)}: ProjectReference GUID of {RepoPaths.ToRelative(target)}");
                }
            }

            Assert.AreEqual(3, XDocument.Load(SingleNfproj("firmware")).Descendants(s_msbuild + "ProjectReference").Count(),
                "firmware references drivers, hal-mock and board-configs");
        }

        [TestMethod]
        public void NfprojSlnListsEveryNfprojAsANanoFrameworkProject()
        {
            string[] lines = File.ReadAllLines(RepoPaths.Get("nfproj.sln"));
            Assert.IsTrue(lines.Any(l => l.Trim() == "Microsoft Visual Studio Solution File, Format Version 12.00"), "solution header");
            Regex projectLine = new Regex(@"^Project\(""(?<type>\{[^}]+\})""\) = ""(?<name>[^""]+)"", ""(?<path>[^""]+)"", ""(?<guid>\{[^}]+\})""");
            var entries = lines.Select(l => projectLine.Match(l)).Where(m => m.Success).ToArray();

            foreach (string path in AllNfprojs())
            {
                string relative = RepoPaths.ToRelative(path);
                var entry = entries.FirstOrDefault(m => m.Groups["path"].Value.Replace('\\', '/') == relative);
                Assert.IsNotNull(entry, $"nfproj.sln does not list {relative}");
                Assert.AreEqual(NanoProjectTypeGuid, entry.Groups["type"].Value, true, relative + " project type");
                Assert.AreEqual(Path.GetFileNameWithoutExtension(path), entry.Groups["name"].Value, relative + " name");
                Assert.AreEqual(Property(XDocument.Load(path).Root, "ProjectGuid"), entry.Groups["guid"].Value, true, relative + " GUID");
                Assert.IsTrue(lines.Any(l => l.Contains(entry.Groups["guid"].Value + ".Release|Any CPU.Build.0", StringComparison.OrdinalIgnoreCase)),
                    relative + " is not built in Release");
            }

            Assert.AreEqual(AllNfprojs().Length, entries.Length, "nfproj.sln lists a project that does not exist");
        }

        // ---- helpers ----

        private static string[] AllNfprojs()
        {
            return Directory.EnumerateFiles(RepoPaths.Root, "*.nfproj", SearchOption.AllDirectories)
                .Where(p => !RepoPaths.ToRelative(p).Split('/').Any(s => s is "artifacts" or "packages" or "bin" or "obj" or ".git"))
                .OrderBy(p => p, StringComparer.Ordinal)
                .ToArray();
        }

        private static string SingleNfproj(string root)
        {
            string[] found = Directory.GetFiles(RepoPaths.Get(root), "*.nfproj");
            Assert.AreEqual(1, found.Length, $"{root}/ should have exactly one .nfproj");
            return found[0];
        }

        private static string Property(XElement project, string name)
        {
            return project.Descendants(s_msbuild + name).Select(e => e.Value.Trim()).FirstOrDefault();
        }

        private static (string Id, string Version, string TargetFramework)[] PackagesConfig(string nfprojPath)
        {
            string path = Path.Combine(Path.GetDirectoryName(nfprojPath), "packages.config");
            Assert.IsTrue(File.Exists(path), $"{RepoPaths.ToRelative(nfprojPath)} has no packages.config next to it");
            return XDocument.Load(path).Root.Elements("package")
                .Select(p => ((string)p.Attribute("id"), (string)p.Attribute("version"), (string)p.Attribute("targetFramework")))
                .ToArray();
        }

        // (assembly name, Version=, PublicKeyToken=, HintPath) of each <Reference>.
        private static (string Assembly, string Version, string Token, string HintPath)[] References(string nfprojPath)
        {
            return XDocument.Load(nfprojPath).Descendants(s_msbuild + "Reference").Select(r =>
            {
                string[] parts = ((string)r.Attribute("Include")).Split(',').Select(p => p.Trim()).ToArray();
                string Part(string key) => parts.Skip(1).Where(p => p.StartsWith(key + "=", StringComparison.Ordinal))
                    .Select(p => p.Substring(key.Length + 1)).FirstOrDefault();
                return (parts[0], Part("Version"), Part("PublicKeyToken"), (string)r.Element(s_msbuild + "HintPath"));
            }).ToArray();
        }

        /// <summary>
        /// An MSBuild item glob (Include with optional Exclude, ';'-separated, relative to a project folder):
        /// '**' = any number of folders, '*' = any characters within one name, '?' = one character.
        /// Case-sensitive, as MSBuild is on Linux, where CI runs.
        /// </summary>
        private sealed class Glob
        {
            private readonly Regex[] _includes;
            private readonly Regex[] _excludes;

            public Glob(string projectDirectory, string include, string exclude)
            {
                _includes = ToRegexes(projectDirectory, include);
                _excludes = ToRegexes(projectDirectory, exclude);
            }

            public bool Matches(string absolutePath)
            {
                string path = absolutePath.Replace('\\', '/');
                return _includes.Any(r => r.IsMatch(path)) && !_excludes.Any(r => r.IsMatch(path));
            }

            private static Regex[] ToRegexes(string projectDirectory, string patterns)
            {
                return (patterns ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(p => ToRegex(Path.GetFullPath(Path.Combine(projectDirectory, p.Replace('\\', '/'))).Replace('\\', '/')))
                    .ToArray();
            }

            private static Regex ToRegex(string pattern)
            {
                StringBuilder regex = new StringBuilder("^");
                for (int i = 0; i < pattern.Length; i++)
                {
                    if (pattern[i] == '*' && i + 1 < pattern.Length && pattern[i + 1] == '*')
                    {
                        bool folderPart = i + 2 < pattern.Length && pattern[i + 2] == '/';
                        regex.Append(folderPart ? "(?:.*/)?" : ".*");
                        i += folderPart ? 2 : 1;
                    }
                    else if (pattern[i] == '*')
                    {
                        regex.Append("[^/]*");
                    }
                    else if (pattern[i] == '?')
                    {
                        regex.Append("[^/]");
                    }
                    else
                    {
                        regex.Append(Regex.Escape(pattern[i].ToString()));
                    }
                }

                return new Regex(regex.Append('$').ToString());
            }
        }
    }
}
