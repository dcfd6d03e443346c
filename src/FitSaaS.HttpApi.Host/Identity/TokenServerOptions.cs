using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Identity;

/// <summary>Configuration section <c>AuthServer</c>: the token server and bearer validation.</summary>
public sealed class TokenServerOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "AuthServer";

    /// <summary>The <c>iss</c> of issued tokens and the discovery document; default <c>http://localhost:5080</c>.</summary>
    [Required]
    public string Issuer { get; set; } = "http://localhost:5080";

    /// <summary>The <c>aud</c> of access tokens; default <c>fitsaas-api</c>.</summary>
    [Required]
    public string Audience { get; set; } = "fitsaas-api";

    /// <summary>Access-token lifetime; default 1 hour.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Refresh-token lifetime; default 30 days.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "365.00:00:00")]
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(30);
}
