namespace FitSaaS.Identity;

/// <summary>Configuration section <c>Identity</c>: the seeded host admin.</summary>
public sealed class IdentitySeedOptions
{
    /// <summary>Password of the host <c>admin</c> user when first seeded; default <c>1q2w3E*</c> — change it in production.</summary>
    public string HostAdminPassword { get; set; } = "1q2w3E*";

    /// <summary>E-mail of the host <c>admin</c> user; default <c>admin@fitsaas.local</c>.</summary>
    public string HostAdminEmail { get; set; } = "admin@fitsaas.local";

    /// <summary>
    /// The host's public root URL as browsers see it (scheme, host, port, path base); default <c>http://localhost:5080</c>. The
    /// Swagger UI client <see cref="IdentityConsts.SwaggerClientId"/> may redirect only to <c>{SwaggerRootUrl}/swagger/oauth2-redirect.html</c>.
    /// </summary>
    public Uri SwaggerRootUrl { get; set; } = new("http://localhost:5080");

    /// <summary>
    /// Redirect URIs of the first-party client <see cref="IdentityConsts.DefaultClientId"/> for the authorization code flow
    /// (e.g. <c>https://app.example.com/callback</c>, <c>com.example.gym:/callback</c>); default none (that client then has the
    /// password and refresh-token grants only).
    /// </summary>
    public IList<Uri> AppRedirectUris { get; } = [];

    /// <summary>Where the first-party client may return after sign-out (end-session endpoint); default none.</summary>
    public IList<Uri> AppPostLogoutRedirectUris { get; } = [];
}
