using System.Collections.Concurrent;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.XPath;
using FitSaaS.Framework.AspNetCore.AutoApi;
using FitSaaS.Framework.Http;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.Controllers;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace FitSaaS.Framework.AspNetCore.OpenApi;

/// <summary>
/// Reads the modules' XML documentation for the OpenAPI document: the contract method behind an emitted action, its summary
/// and <c>&lt;exception&gt;</c> entries rendered as text (a <c>&lt;see cref&gt;</c> to an error-code constant becomes the
/// code), the error codes those entries name, the summary of a type, and every error code the modules declare
/// (<c>public const string</c> fields of <c>…ErrorCodes</c> classes and the <c>…Code</c> constants of other types) with its
/// summary.
/// </summary>
internal sealed partial class ContractXmlDocs
{
    private readonly IReadOnlyList<XPathDocument> _documents;
    private readonly Dictionary<string, Type> _types;
    private readonly Lazy<IReadOnlyDictionary<string, string?>> _codes;
    private readonly ConcurrentDictionary<Type, Type?> _implementations = new();

    public ContractXmlDocs(IReadOnlyList<XPathDocument> documents, IReadOnlyList<Assembly> assemblies)
    {
        _documents = documents;
        _types = new Dictionary<string, Type>(StringComparer.Ordinal);
        foreach (var type in assemblies.Distinct().SelectMany(a => a.GetExportedTypes()))
        {
            _types.TryAdd((type.FullName ?? type.Name).Replace('+', '.'), type);
        }

        _codes = new Lazy<IReadOnlyDictionary<string, string?>>(CollectCodes);
    }

    /// <summary>Every declared error code → its summary (null when undocumented).</summary>
    public IReadOnlyDictionary<string, string?> DeclaredCodes => _codes.Value;

    /// <summary>The contract interface and method an emitted auto API action serves; null for other endpoints.</summary>
    public static (Type Contract, MethodInfo Method)? FindContractMethod(ApiDescription description)
    {
        ArgumentNullException.ThrowIfNull(description);
        if (description.ActionDescriptor is not ControllerActionDescriptor action ||
            action.ControllerTypeInfo.GetCustomAttribute<AutoApiControllerAttribute>() is not { } marker)
        {
            return null;
        }

        var parameterTypes = action.MethodInfo.GetParameters().Select(p => p.ParameterType).ToArray();
        var method = HttpApiConventions.GetActionMethods(marker.ServiceInterface)
            .FirstOrDefault(m => m.Name == action.MethodInfo.Name && m.GetParameters().Select(p => p.ParameterType).SequenceEqual(parameterTypes));
        return method is null ? null : (marker.ServiceInterface, method);
    }

    /// <summary>The one public class of the modules implementing <paramref name="contract"/>; null when none or several.</summary>
    public Type? FindImplementation(Type contract) => _implementations.GetOrAdd(contract, c =>
    {
        var candidates = _types.Values.Where(t => t.IsClass && !t.IsAbstract && c.IsAssignableFrom(t)).Take(2).ToList();
        return candidates.Count == 1 ? candidates[0] : null;
    });

    /// <summary>The <c>&lt;member&gt;</c> node of a method; null when undocumented.</summary>
    public XPathNavigator? FindMethod(MethodInfo method) => FindMember(XmlCommentsNodeNameHelper.GetMemberNameForMethod(method));

    /// <summary>The rendered summary of a type; null when undocumented.</summary>
    public string? GetTypeSummary(Type type) =>
        Render(FindMember(XmlCommentsNodeNameHelper.GetMemberNameForType(type))?.SelectSingleNode("summary"));

    /// <summary>The <c>&lt;exception&gt;</c> entries of a member: the exception type's cref, the rendered text and the codes named.</summary>
    public IReadOnlyList<(string? ExceptionCref, string Text, IReadOnlyList<string> Codes)> GetExceptions(XPathNavigator member)
    {
        ArgumentNullException.ThrowIfNull(member);
        var result = new List<(string?, string, IReadOnlyList<string>)>();
        var exceptions = member.Select("exception");
        while (exceptions.MoveNext())
        {
            var node = exceptions.Current!;
            var codes = new List<string>();
            var crefs = node.Select(".//see[@cref]");
            while (crefs.MoveNext())
            {
                if (ResolveConstant(crefs.Current!.GetAttribute("cref", string.Empty)) is { } value && CodePattern().IsMatch(value))
                {
                    codes.Add(value);
                }
            }

            var literals = node.Select(".//c");
            while (literals.MoveNext())
            {
                var text = literals.Current!.Value.Trim();
                if (CodePattern().IsMatch(text))
                {
                    codes.Add(text);
                }
            }

            var cref = node.GetAttribute("cref", string.Empty);
            result.Add((cref.Length == 0 ? null : cref, Render(node) ?? string.Empty, codes.Distinct(StringComparer.Ordinal).ToList()));
        }

        return result;
    }

    /// <summary>
    /// The text of an XML-doc element on one line: <c>&lt;see cref&gt;</c> to a constant as its value, to another member as
    /// its short name; <c>&lt;c&gt;</c> as code; <c>&lt;paramref&gt;</c>, <c>&lt;typeparamref&gt;</c> and <c>&lt;see langword&gt;</c> as their names.
    /// </summary>
    public string? Render(XPathNavigator? element)
    {
        if (element is null)
        {
            return null;
        }

        var text = new StringBuilder();
        Append(element, text);
        var result = string.Join(' ', text.ToString().Split((char[])['\n', '\r', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return result.Length == 0 ? null : result;
    }

    private void Append(XPathNavigator element, StringBuilder text)
    {
        if (!element.MoveToFirstChild())
        {
            return;
        }

        do
        {
            switch (element.NodeType)
            {
                case XPathNodeType.Text or XPathNodeType.Whitespace or XPathNodeType.SignificantWhitespace:
                    text.Append(element.Value);
                    break;
                case XPathNodeType.Element when element.LocalName is "see" or "seealso":
                    var cref = element.GetAttribute("cref", string.Empty);
                    var langword = element.GetAttribute("langword", string.Empty);
                    var inner = element.Value;
                    text.Append(inner.Length > 0 ? inner
                        : langword.Length > 0 ? langword
                        : ResolveConstant(cref) is { } constant ? $"`{constant}`"
                        : ShortName(cref));
                    break;
                case XPathNodeType.Element when element.LocalName is "paramref" or "typeparamref":
                    text.Append(element.GetAttribute("name", string.Empty));
                    break;
                case XPathNodeType.Element when element.LocalName == "c":
                    text.Append('`').Append(element.Value.Trim()).Append('`');
                    break;
                case XPathNodeType.Element:
                    Append(element.Clone(), text);
                    break;
            }
        }
        while (element.MoveToNext());
        element.MoveToParent();
    }

    /// <summary>The value of a <c>const string</c> named by an XML-doc cref (<c>F:Namespace.Type.Field</c>); null otherwise.</summary>
    public string? ResolveConstant(string cref)
    {
        if (!cref.StartsWith("F:", StringComparison.Ordinal))
        {
            return null;
        }

        var name = cref[2..];
        var dot = name.LastIndexOf('.');
        return dot > 0 && _types.TryGetValue(name[..dot], out var type) &&
            type.GetField(name[(dot + 1)..], BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true } field &&
            field.GetRawConstantValue() is string value
            ? value
            : null;
    }

    private static string ShortName(string cref)
    {
        var name = cref.Length > 2 && cref[1] == ':' ? cref[2..] : cref;
        var parenthesis = name.IndexOf('(', StringComparison.Ordinal);
        if (parenthesis >= 0)
        {
            name = name[..parenthesis];
        }

        var parts = name.Split('.');
        return parts.Length >= 2 && !cref.StartsWith("T:", StringComparison.Ordinal)
            ? parts[^2] + "." + parts[^1]
            : parts[^1];
    }

    private XPathNavigator? FindMember(string memberName)
    {
        foreach (var document in _documents)
        {
            if (document.CreateNavigator().SelectSingleNode($"/doc/members/member[@name='{memberName}']") is { } node)
            {
                return node;
            }
        }

        return null;
    }

    private Dictionary<string, string?> CollectCodes()
    {
        var codes = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var type in _types.Values)
        {
            // …ErrorCodes classes contribute every code constant; other types only constants named …Code.
            var isCodeList = type.Name.EndsWith("ErrorCodes", StringComparison.Ordinal);
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                if (!field.IsLiteral || field.GetRawConstantValue() is not string value || !CodePattern().IsMatch(value) ||
                    !(isCodeList || field.Name.EndsWith("Code", StringComparison.Ordinal)))
                {
                    continue;
                }

                var summary = Render(FindMember("F:" + (type.FullName ?? type.Name).Replace('+', '.') + "." + field.Name)?.SelectSingleNode("summary"));
                if (!codes.TryGetValue(value, out var existing) || existing is null)
                {
                    codes[value] = summary;
                }
            }
        }

        return codes;
    }

    /// <summary>An error code: <c>Module:Reason</c>, letters only on both sides.</summary>
    [GeneratedRegex("^[A-Z][A-Za-z]*:[A-Z][A-Za-z]*$", RegexOptions.CultureInvariant)]
    public static partial Regex CodePattern();
}
