namespace FitSaaS.Identity;

/// <summary>Names of the Identity settings: the password policy and lockout, per tenant (or global).</summary>
public static class IdentitySettingNames
{
    /// <summary>Minimum password length (default 6).</summary>
    public const string RequiredLength = "Identity.Password.RequiredLength";

    /// <summary>Passwords need a digit (default true).</summary>
    public const string RequireDigit = "Identity.Password.RequireDigit";

    /// <summary>Passwords need an upper-case letter (default true).</summary>
    public const string RequireUppercase = "Identity.Password.RequireUppercase";

    /// <summary>Passwords need a lower-case letter (default true).</summary>
    public const string RequireLowercase = "Identity.Password.RequireLowercase";

    /// <summary>Passwords need a character that is neither a letter nor a digit (default true).</summary>
    public const string RequireNonAlphanumeric = "Identity.Password.RequireNonAlphanumeric";

    /// <summary>Failed sign-ins before the account is locked (default 5).</summary>
    public const string MaxFailedAccessAttempts = "Identity.Lockout.MaxFailedAccessAttempts";

    /// <summary>How long a locked account stays locked, in minutes (default 5).</summary>
    public const string LockoutDurationMinutes = "Identity.Lockout.DurationMinutes";

    /// <summary>The password-policy settings.</summary>
    public static IReadOnlyList<string> PasswordPolicy { get; } =
        [RequiredLength, RequireDigit, RequireUppercase, RequireLowercase, RequireNonAlphanumeric];

    /// <summary>The lockout settings.</summary>
    public static IReadOnlyList<string> Lockout { get; } = [MaxFailedAccessAttempts, LockoutDurationMinutes];
}
