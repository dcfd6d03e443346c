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

    /// <summary>Age after which a new signing key is created; default 90 days. The previous key keeps validating.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00")]
    public TimeSpan SigningKeyLifetime { get; set; } = TimeSpan.FromDays(90);

    /// <summary>
    /// How long a new key is published before it signs, so every instance's key cache knows it;
    /// default 5 minutes (the cache duration). Zero signs at once (single instance, tests).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan SigningKeyPropagationDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Token-endpoint requests allowed per client IP per minute; default 60.</summary>
    [Range(1, 100_000)]
    public int TokenRequestsPerIpPerMinute { get; set; } = 60;

    /// <summary>Token-endpoint requests allowed per (tenant, user name) per minute; default 10.</summary>
    [Range(1, 100_000)]
    public int TokenRequestsPerUserPerMinute { get; set; } = 10;
}
