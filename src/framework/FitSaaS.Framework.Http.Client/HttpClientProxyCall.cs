using System.Reflection;

namespace FitSaaS.Framework.Http.Client;

/// <summary>One call through a proxy.</summary>
/// <param name="RemoteServiceName">The remote service called.</param>
/// <param name="ServiceInterface">The contract.</param>
/// <param name="Method">The contract method.</param>
/// <param name="Action">Its HTTP shape.</param>
/// <param name="Arguments">The arguments, in order.</param>
/// <param name="CancellationToken">The method's <see cref="CancellationToken"/> argument, if it has one.</param>
public sealed record HttpClientProxyCall(
    string RemoteServiceName, Type ServiceInterface, MethodInfo Method, HttpApiAction Action, IReadOnlyList<object?> Arguments, CancellationToken CancellationToken);
