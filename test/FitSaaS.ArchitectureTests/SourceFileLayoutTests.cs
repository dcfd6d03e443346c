using System.Text;
using System.Text.RegularExpressions;

namespace FitSaaS.ArchitectureTests;

/// <summary>
/// A house that reads (issue 13 §3): one top-level public type per source file, named after it. Internal helpers may
/// share the file of their only user; a generic and a non-generic type of one name share a file; Razor page models
/// follow the Razor convention (<c>Login.cshtml.cs</c> holds <c>LoginModel</c>). Migrations are generated and exempt.
/// </summary>
public sealed partial class SourceFileLayoutTests
{
    [Fact]
    public void EverySourceFile_DeclaresAtMostOnePublicType_NamedAfterTheFile()
    {
        var root = RepositoryRoot();
        var offenders = SourceFiles(Path.Combine(root, "src"))
            .Select(file => (File: Path.GetRelativePath(root, file).Replace('\\', '/'), Problem: Problem(file)))
            .Where(f => f.Problem is not null)
            .Select(f => $"{f.File}: {f.Problem}")
            .ToList();

        offenders.ShouldBeEmpty("split these files: one top-level public type per file, named after it");
    }

    [Theory]
    [InlineData("namespace A;\npublic class Foo { public class Nested { } }\ninternal sealed class Helper { }\n", "Foo", null)]
    [InlineData("namespace A;\npublic interface IFoo { }\npublic interface IFoo<TKey> : IFoo { }\n", "IFoo", null)]
    [InlineData("namespace A;\npublic sealed record Foo(int A);\npublic enum Bar { X }\n", "Foo", "2 public types: Foo, Bar")]
    [InlineData("namespace A;\n/// <summary>public class Bar</summary>\n[Obsolete(\"public class Baz {\")]\npublic static partial class Foo\n{\n    private const string S = \"}\";\n    private const char C = '{';\n}\n", "Foo", null)]
    [InlineData("namespace A;\npublic delegate Task Foo<T>(T value);\n", "Foo", null)]
    [InlineData("namespace A;\npublic readonly record struct Bar(int A);\n", "Foo", "public type Bar is not named after the file")]
    [InlineData("namespace A\n{\n    public class Foo { }\n    public class Bar { }\n}\n", "Foo", "2 public types: Foo, Bar")]
    [InlineData("namespace A;\npublic class LoginModel { }\n", "Login.cshtml", null)]
    public void Problem_ReadsTopLevelPublicTypes(string source, string fileName, string? expected)
    {
        Problem(source, fileName).ShouldBe(expected);
    }

    private static string? Problem(string file)
    {
        var name = Path.GetFileName(file);
        return Problem(File.ReadAllText(file), name[..^".cs".Length]);
    }

    private static string? Problem(string source, string fileName)
    {
        var publicTypes = TopLevelPublicTypes(source).Distinct(StringComparer.Ordinal).ToList();
        if (publicTypes.Count > 1)
        {
            return $"{publicTypes.Count} public types: {string.Join(", ", publicTypes)}";
        }

        if (publicTypes.Count == 1 && publicTypes[0] != fileName
            && !(fileName.EndsWith(".cshtml", StringComparison.Ordinal) && publicTypes[0] == fileName[..^".cshtml".Length] + "Model"))
        {
            return $"public type {publicTypes[0]} is not named after the file";
        }

        return null;
    }

    /// <summary>The names (without generic arity) of the public types declared directly in a namespace or the compilation unit.</summary>
    private static IEnumerable<string> TopLevelPublicTypes(string source)
    {
        var code = WithoutCommentsAndLiterals(source);
        var braces = new Stack<bool>(); // true: a block-scoped namespace's brace
        var pendingNamespace = false;
        var typeDepth = 0;
        var lineStart = true;
        for (var i = 0; i < code.Length; i++)
        {
            if (lineStart && typeDepth == 0)
            {
                var end = code.IndexOf('\n', i);
                var line = end < 0 ? code[i..] : code[i..end];
                if (NamespaceBlock().IsMatch(line))
                {
                    pendingNamespace = true;
                }

                var declaration = TypeDeclaration().Match(line);
                if (declaration.Success && declaration.Groups["modifiers"].Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Contains("public"))
                {
                    yield return declaration.Groups["name"].Value;
                }
            }

            var c = code[i];
            lineStart = c == '\n';
            if (c == '{')
            {
                braces.Push(pendingNamespace);
                typeDepth += pendingNamespace ? 0 : 1;
                pendingNamespace = false;
            }
            else if (c == '}' && braces.Count > 0)
            {
                typeDepth -= braces.Pop() ? 0 : 1;
            }
        }
    }

    /// <summary>The source with comments, string, character literals and preprocessor lines blanked out (newlines kept).</summary>
    private static string WithoutCommentsAndLiterals(string source)
    {
        var output = new StringBuilder(source.Length);
        var i = 0;
        var lineStart = true;
        while (i < source.Length)
        {
            var start = i;
            if (lineStart && source.AsSpan(i).TrimStart(" \t") is ['#', ..])
            {
                i = LineEnd(source, i);
            }
            else if (At(source, i, "//"))
            {
                i = LineEnd(source, i);
            }
            else if (At(source, i, "/*"))
            {
                var close = source.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = close < 0 ? source.Length : close + 2;
            }
            else if (StringLiteralStart(source, i))
            {
                i = SkipString(source, i);
            }
            else if (source[i] == '\'')
            {
                i = SkipCharacter(source, i);
            }
            else
            {
                output.Append(source[i]);
                lineStart = source[i] == '\n' || (lineStart && source[i] is ' ' or '\t');
                i++;
                continue;
            }

            foreach (var c in source.AsSpan(start, i - start))
            {
                output.Append(c == '\n' ? '\n' : ' ');
            }

            lineStart = false;
        }

        return output.ToString();
    }

    private static bool At(string source, int i, string token) => string.CompareOrdinal(source, i, token, 0, token.Length) == 0;

    private static int LineEnd(string source, int i)
    {
        var end = source.IndexOf('\n', i);
        return end < 0 ? source.Length : end;
    }

    private static bool StringLiteralStart(string source, int i)
    {
        var j = i;
        while (j < source.Length && source[j] is '$' or '@')
        {
            j++;
        }

        return j < source.Length && source[j] == '"' && (j == i || !IsIdentifierChar(source, i - 1));
    }

    private static bool IsIdentifierChar(string source, int i) => i >= 0 && (char.IsLetterOrDigit(source[i]) || source[i] == '_');

    private static int SkipCharacter(string source, int i)
    {
        var j = i + 1;
        j += j < source.Length && source[j] == '\\' ? 2 : 1;
        while (j < source.Length && source[j] != '\'' && source[j] != '\n')
        {
            j++;
        }

        return Math.Min(j + 1, source.Length);
    }

    private static int SkipString(string source, int i)
    {
        var interpolated = false;
        var verbatim = false;
        while (source[i] is '$' or '@')
        {
            interpolated |= source[i] == '$';
            verbatim |= source[i] == '@';
            i++;
        }

        if (At(source, i, "\"\"\""))
        {
            var quotes = 0;
            while (i < source.Length && source[i] == '"')
            {
                quotes++;
                i++;
            }

            var close = source.IndexOf(new string('"', quotes), i, StringComparison.Ordinal);
            return close < 0 ? source.Length : close + quotes;
        }

        i++;
        while (i < source.Length)
        {
            var c = source[i];
            if (verbatim && c == '"')
            {
                if (At(source, i, "\"\""))
                {
                    i += 2;
                    continue;
                }

                return i + 1;
            }

            if (!verbatim && c == '\\')
            {
                i += 2;
                continue;
            }

            if (c == '"' || (c == '\n' && !verbatim))
            {
                return i + 1;
            }

            if (interpolated && c == '{')
            {
                if (At(source, i, "{{"))
                {
                    i += 2;
                    continue;
                }

                i = SkipInterpolation(source, i + 1);
                continue;
            }

            i++;
        }

        return source.Length;
    }

    private static int SkipInterpolation(string source, int i)
    {
        var depth = 1;
        while (i < source.Length && depth > 0)
        {
            if (StringLiteralStart(source, i))
            {
                i = SkipString(source, i);
                continue;
            }

            if (source[i] == '\'')
            {
                i = SkipCharacter(source, i);
                continue;
            }

            depth += source[i] switch { '{' => 1, '}' => -1, _ => 0 };
            i++;
        }

        return i;
    }

    private static IEnumerable<string> SourceFiles(string directory)
    {
        var excluded = new[] { "obj", "bin", "Migrations" };
        return Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(directory, f).Split(Path.DirectorySeparatorChar).Any(excluded.Contains))
            .Order(StringComparer.Ordinal);
    }

    private static string RepositoryRoot()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "FitSaaS.sln")))
        {
            root = root.Parent;
        }

        root.ShouldNotBeNull("FitSaaS.sln not found above the test's output folder.");
        return root.FullName;
    }

    [GeneratedRegex(@"^\s*namespace\s+[\w.]+\s*(\{.*)?$")]
    private static partial Regex NamespaceBlock();

    [GeneratedRegex(@"^\s*(?:\[.*\]\s*)*(?<modifiers>(?:(?:public|internal|private|protected|file|static|sealed|abstract|partial|readonly|ref|unsafe|new)\s+)*)(?:record\s+struct|record\s+class|class|record|struct|interface|enum|delegate\s+[^(]*?)\s*\b(?<name>[A-Za-z_]\w*)\s*(?:<[^>]*>)?\s*(?:[({:;]|where\b|$)")]
    private static partial Regex TypeDeclaration();
}
