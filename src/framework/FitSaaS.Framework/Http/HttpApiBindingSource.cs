namespace FitSaaS.Framework.Http;

/// <summary>Where a parameter of an HTTP API action is bound from.</summary>
public enum HttpApiBindingSource
{
    /// <summary>A route segment (<c>{id}</c>).</summary>
    Route,

    /// <summary>The query string (simple values, and complex inputs of GET/DELETE).</summary>
    Query,

    /// <summary>The JSON body (the complex input of POST/PUT/PATCH).</summary>
    Body,

    /// <summary>Supplied by the framework (a <see cref="CancellationToken"/>).</summary>
    Special,
}
