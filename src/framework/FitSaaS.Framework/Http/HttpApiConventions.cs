using FitSaaS.Framework.Modularity;
using System.Reflection;
using System.Text;
using FitSaaS.Framework.Application;

namespace FitSaaS.Framework.Http;

/// <summary>
/// The route conventions of application-service contracts (ARCHITECTURE.md §4, after ABP's
/// <c>ConventionalRouteBuilder</c>): <c>api/{module}/{plural-controller}</c>, verb by method-name prefix,
/// <c>{id}</c> in the route, other verbs as <c>POST …/{id}/verb</c>. The one implementation read by the
/// server's auto API controllers, the API definition endpoint and the C# client proxies, so they cannot drift.
/// </summary>
public static class HttpApiConventions
{
    private static readonly (string Prefix, string Verb)[] s_verbPrefixes =
    [
        ("GetList", "GET"), ("GetAll", "GET"), ("Get", "GET"), ("Find", "GET"),
        ("Create", "POST"), ("Add", "POST"), ("Insert", "POST"),
        ("Update", "PUT"), ("Put", "PUT"),
        ("Delete", "DELETE"), ("Remove", "DELETE"),
        ("Patch", "PATCH"),
    ];

    /// <summary>The module segment: the last namespace segment of the contract, kebab-case (<c>FitSaaS.TenantManagement</c> → <c>tenant-management</c>).</summary>
    public static string GetModuleName(Type serviceInterface)
    {
        ArgumentNullException.ThrowIfNull(serviceInterface);
        var ns = serviceInterface.Namespace ?? "app";
        return ToKebabCase(ns[(ns.LastIndexOf('.') + 1)..]);
    }

    /// <summary>The controller segment: interface name without <c>I</c> and <c>AppService</c>, plural, kebab-case (<c>IClassSessionAppService</c> → <c>class-sessions</c>).</summary>
    public static string GetControllerName(Type serviceInterface)
    {
        ArgumentNullException.ThrowIfNull(serviceInterface);
        var name = serviceInterface.Name;
        if (name.Length > 1 && name[0] == 'I' && char.IsUpper(name[1]))
        {
            name = name[1..];
        }

        foreach (var suffix in new[] { "AppService", "ApplicationService", "Service" })
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal) && name.Length > suffix.Length)
            {
                name = name[..^suffix.Length];
                break;
            }
        }

        return Pluralize(ToKebabCase(name));
    }

    /// <summary>The controller route: <see cref="HttpApiRouteAttribute"/> on the interface, else <c>api/{module}/{controller}</c>.</summary>
    public static string GetControllerRoute(Type serviceInterface)
    {
        ArgumentNullException.ThrowIfNull(serviceInterface);
        return serviceInterface.GetCustomAttribute<HttpApiRouteAttribute>()?.Template.Trim('/') ??
            $"api/{GetModuleName(serviceInterface)}/{GetControllerName(serviceInterface)}";
    }

    /// <summary>
    /// The application-service contracts exposed over HTTP: every public interface deriving from
    /// <see cref="IApplicationService"/> in <paramref name="assemblies"/> and not marked <see cref="NoHttpApiAttribute"/>,
    /// each once, ordered by full name. The server emits one controller per contract from this list and the API
    /// definition describes the same list.
    /// </summary>
    public static IReadOnlyList<Type> GetServiceContracts(IEnumerable<Assembly> assemblies)
    {
        ArgumentNullException.ThrowIfNull(assemblies);
        return assemblies.Distinct()
            .SelectMany(a => a.GetExportedTypes())
            .Where(t => t.IsInterface && typeof(IApplicationService).IsAssignableFrom(t) && t != typeof(IApplicationService) &&
                t.GetCustomAttribute<NoHttpApiAttribute>() is null)
            .Distinct()
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// The application-service contracts the loaded modules of <paramref name="modules"/> own (<see cref="ModuleDescriptor.OwnedTypes"/>),
    /// with the rules of <see cref="GetServiceContracts(IEnumerable{Assembly})"/>: a module left out of the graph has no
    /// controllers and is absent from the API definition and the OpenAPI document.
    /// </summary>
    public static IReadOnlyList<Type> GetServiceContracts(ModuleContainer modules)
    {
        ArgumentNullException.ThrowIfNull(modules);
        return modules.Modules
            .SelectMany(m => m.OwnedTypes)
            .Where(t => t.IsVisible && IsServiceContract(t))
            .Distinct()
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToList();
    }

    private static bool IsServiceContract(Type type) =>
        type.IsInterface && typeof(IApplicationService).IsAssignableFrom(type) && type != typeof(IApplicationService) &&
        type.GetCustomAttribute<NoHttpApiAttribute>() is null;

    /// <summary>The contract methods exposed over HTTP (including inherited interface methods), in declaration order.</summary>
    public static IEnumerable<MethodInfo> GetActionMethods(Type serviceInterface)
    {
        ArgumentNullException.ThrowIfNull(serviceInterface);
        return new[] { serviceInterface }.Concat(serviceInterface.GetInterfaces())
            .Where(i => typeof(IApplicationService).IsAssignableFrom(i) && i != typeof(IApplicationService))
            .SelectMany(i => i.GetMethods())
            .Where(m => !m.IsSpecialName && m.GetCustomAttribute<NoHttpApiAttribute>() is null);
    }

    /// <summary>
    /// The HTTP method of a contract method: <see cref="HttpApiMethodAttribute"/> when present, else by the name's prefix
    /// (<c>Get</c>, <c>GetList</c>, <c>GetAll</c>, <c>Find</c> → <c>GET</c>; <c>Create</c>, <c>Add</c>, <c>Insert</c> →
    /// <c>POST</c>; <c>Update</c>, <c>Put</c> → <c>PUT</c>; <c>Delete</c>, <c>Remove</c> → <c>DELETE</c>; <c>Patch</c> →
    /// <c>PATCH</c>; an <c>Async</c> suffix ignored), else <c>POST</c>. The unit of work follows it too: a <c>GET</c> never runs
    /// in a write transaction.
    /// </summary>
    public static string GetHttpMethod(MethodInfo method)
    {
        ArgumentNullException.ThrowIfNull(method);
        return GetVerb(method).Verb;
    }

    private static (string Name, string? Prefix, string Verb) GetVerb(MethodInfo method)
    {
        var name = method.Name.EndsWith("Async", StringComparison.Ordinal) ? method.Name[..^5] : method.Name;
        var (prefix, verb) = s_verbPrefixes.FirstOrDefault(p => name.StartsWith(p.Prefix, StringComparison.Ordinal) &&
            (name.Length == p.Prefix.Length || char.IsUpper(name[p.Prefix.Length])));
        return (name, prefix, method.GetCustomAttribute<HttpApiMethodAttribute>()?.Method ?? verb ?? "POST");
    }

    /// <summary>Computes the HTTP method, route and parameter binding of a contract method.</summary>
    public static HttpApiAction GetAction(Type serviceInterface, MethodInfo method)
    {
        ArgumentNullException.ThrowIfNull(serviceInterface);
        ArgumentNullException.ThrowIfNull(method);
        var (name, prefix, verb) = GetVerb(method);
        var actionSegment = prefix is null ? ToKebabCase(name) : ToKebabCase(name[prefix.Length..]);

        var parameters = method.GetParameters();
        var route = new StringBuilder(GetControllerRoute(serviceInterface));
        var methodRoute = method.GetCustomAttribute<HttpApiRouteAttribute>()?.Template.Trim('/');
        if (methodRoute is not null)
        {
            if (methodRoute.Length > 0)
            {
                route.Append('/').Append(methodRoute);
            }
        }
        else
        {
            if (parameters.Any(p => p.Name == "id" && IsSimple(p.ParameterType)))
            {
                route.Append("/{id}");
            }

            if (actionSegment.Length > 0)
            {
                route.Append('/').Append(actionSegment);
            }
        }

        var template = route.ToString();
        var hasBody = verb is "POST" or "PUT" or "PATCH";
        var sources = parameters.Select(p => new HttpApiParameter(p.Name!, p.ParameterType,
            p.ParameterType == typeof(CancellationToken) ? HttpApiBindingSource.Special :
            template.Contains('{' + p.Name + '}', StringComparison.Ordinal) ? HttpApiBindingSource.Route :
            !IsSimple(p.ParameterType) && hasBody ? HttpApiBindingSource.Body :
            HttpApiBindingSource.Query)).ToArray();
        if (sources.Count(s => s.Source == HttpApiBindingSource.Body) > 1)
        {
            throw new InvalidOperationException($"{serviceInterface.Name}.{method.Name} has more than one complex parameter; an HTTP body holds one.");
        }

        return new HttpApiAction(verb, template, sources);
    }

    /// <summary>True for values bound from one route or query string value.</summary>
    public static bool IsSimple(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(Guid) || type == typeof(decimal) ||
            type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(TimeSpan) || type == typeof(DateOnly);
    }

    /// <summary>PascalCase → kebab-case (<c>ClassSession</c> → <c>class-session</c>).</summary>
    public static string ToKebabCase(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length + 8);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsUpper(c))
            {
                if (i > 0 && (char.IsLower(value[i - 1]) || (i + 1 < value.Length && char.IsLower(value[i + 1]) && char.IsUpper(value[i - 1]))))
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static string Pluralize(string word)
    {
        if (word.EndsWith('y') && word.Length > 1 && !"aeiou".Contains(word[^2], StringComparison.Ordinal))
        {
            return word[..^1] + "ies";
        }

        return word.EndsWith('s') || word.EndsWith('x') || word.EndsWith("ch", StringComparison.Ordinal) || word.EndsWith("sh", StringComparison.Ordinal)
            ? word + "es"
            : word + "s";
    }
}
