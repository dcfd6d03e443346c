namespace FitSaaS.Framework.Http.Client;

/// <summary>Error codes raised by the client side of a remote call (the server's own codes pass through unchanged).</summary>
public static class RemoteServiceErrorCodes
{
    /// <summary>The token endpoint refused the configured grant (wrong credentials, unknown client, locked user, …).</summary>
    public const string TokenRequestFailed = "RemoteService:TokenRequestFailed";

    /// <summary>The remote service answered with an error that carries no error code, or with a 5xx status.</summary>
    public const string RemoteCallFailed = "RemoteService:CallFailed";
}
