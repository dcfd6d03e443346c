namespace FitSaaS.Framework.Http;

/// <summary>One parameter of an HTTP API action.</summary>
/// <param name="Name">The contract method's parameter name (also the route/query key of a simple value).</param>
/// <param name="Type">The parameter's CLR type.</param>
/// <param name="Source">Where the value travels.</param>
public sealed record HttpApiParameter(string Name, Type Type, HttpApiBindingSource Source);
