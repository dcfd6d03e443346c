namespace FitSaaS.Identity;

/// <summary>Built-in role names, limits and defaults of the Identity module.</summary>
public static class IdentityConsts
{
    /// <summary>Role with every permission of its side (tenant or host).</summary>
    public const string AdminRole = "admin";

    /// <summary>Tenant role for coaches and front-desk staff.</summary>
    public const string StaffRole = "staff";

    /// <summary>Tenant role of gym members (given on self-registration).</summary>
    public const string MemberRole = "member";

    /// <summary>User name of the seeded admin users (host and each tenant).</summary>
    public const string AdminUserName = "admin";

    /// <summary>
    /// Key of the <c>DataSeedContext.Properties</c> entry in which a tenant's demo seed leaves the ids of its demo members
    /// (<c>member01</c>…<c>member20</c>, in that order; an <see cref="IReadOnlyList{T}"/> of <see cref="Guid"/>) for the
    /// demo data of other modules, which may read users only through Identity's contracts. Set by the Identity seed, whose
    /// module comes before theirs in the seeding order.
    /// </summary>
    public const string DemoMemberIdsSeedProperty = "Identity:DemoMemberIds";

    /// <summary>Maximum user-name length.</summary>
    public const int MaxUserNameLength = 64;

    /// <summary>Maximum e-mail length.</summary>
    public const int MaxEmailLength = 256;

    /// <summary>Maximum given-name length.</summary>
    public const int MaxNameLength = 64;

    /// <summary>Maximum family-name length.</summary>
    public const int MaxSurnameLength = 64;

    /// <summary>Maximum phone-number length (as typed: digits, spaces, <c>+ ( ) - .</c>).</summary>
    public const int MaxPhoneNumberLength = 32;

    /// <summary>
    /// What a phone number may contain as typed: an optional leading <c>+</c>, then digits, spaces and <c>( ) - .</c>, with at
    /// least 3 digits (E.164 numbers match; no normalisation is applied).
    /// </summary>
    public const string PhoneNumberPattern = @"^\+?(?=(?:\D*\d){3})[0-9 ().-]+$";

    /// <summary>Maximum password length.</summary>
    public const int MaxPasswordLength = 128;

    /// <summary>The scope of the FitSaaS HTTP API.</summary>
    public const string ApiScope = "fitsaas-api";

    /// <summary>Grant types a machine client may be given.</summary>
    public static readonly IReadOnlyList<string> ConfidentialGrantTypes = ["client_credentials"];

    /// <summary>The public OAuth client of first-party apps (no secret).</summary>
    public const string DefaultClientId = "FitSaaS_App";

    /// <summary>
    /// The public OAuth client of the host's Swagger UI (no secret): authorization code with PKCE, redirect URI
    /// <c>{Identity:SwaggerRootUrl}/swagger/oauth2-redirect.html</c>.
    /// </summary>
    public const string SwaggerClientId = "FitSaaS_Swagger";
}
