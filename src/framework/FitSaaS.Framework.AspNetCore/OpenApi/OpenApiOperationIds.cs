using System.Reflection;

namespace FitSaaS.Framework.AspNetCore.OpenApi;

/// <summary>
/// The <c>operationId</c> of an application-service operation: <c>{Service}_{Method}</c>, the contract's name without the
/// <c>I</c> prefix and the <c>AppService</c> (or <c>ApplicationService</c>, <c>Service</c>) suffix, and the method's name
/// without <c>Async</c> (<c>IClassSessionAppService.GetListAsync</c> → <c>ClassSession_GetList</c>). It depends only on
/// names in the contract, so it is stable across builds and endpoint order, and it is the shape generators such as NSwag
/// split into a client (<c>ClassSessionClient</c>) and a method (<c>GetListAsync</c>). Minimal-API endpoints name theirs
/// with <c>WithName</c> in the same shape (<c>TokenServer_Exchange</c>).
/// </summary>
public static class OpenApiOperationIds
{
    /// <summary>The operation id of <paramref name="method"/> served for <paramref name="contract"/>.</summary>
    public static string Get(Type contract, MethodInfo method)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(method);
        var service = contract.Name;
        if (service.Length > 1 && service[0] == 'I' && char.IsUpper(service[1]))
        {
            service = service[1..];
        }

        foreach (var suffix in (string[])["AppService", "ApplicationService", "Service"])
        {
            if (service.EndsWith(suffix, StringComparison.Ordinal) && service.Length > suffix.Length)
            {
                service = service[..^suffix.Length];
                break;
            }
        }

        var name = method.Name.EndsWith("Async", StringComparison.Ordinal) && method.Name.Length > 5 ? method.Name[..^5] : method.Name;
        return service + "_" + name;
    }
}
