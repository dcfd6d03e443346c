using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using OpenIddict.Validation;

namespace FitSaaS.Identity;

/// <summary>Rebuilds OpenIddict's validation options (which copy the server's keys) after the server's.</summary>
internal sealed class OpenIddictValidationKeyChangeTokenSource(SigningKeyManager keys) : IOptionsChangeTokenSource<OpenIddictValidationOptions>
{
    public string? Name => Options.DefaultName;

    public IChangeToken GetChangeToken() => keys.GetValidationChangeToken();
}
