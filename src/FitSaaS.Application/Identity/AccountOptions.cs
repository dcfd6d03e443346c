namespace FitSaaS.Identity;

/// <summary>Configuration section <c>App</c>: where e-mailed links point.</summary>
public sealed class AccountOptions
{
    /// <summary>Base URL of the client app that handles <c>/reset-password</c> and <c>/confirm-email</c>; default <c>http://localhost:5080</c>.</summary>
    public string ClientUrl { get; set; } = "http://localhost:5080";
}
