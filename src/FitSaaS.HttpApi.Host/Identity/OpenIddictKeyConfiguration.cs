using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;

namespace FitSaaS.Identity;

/// <summary>
/// Gives OpenIddict's server the keys of <see cref="SigningKeyManager"/>: the current signing key first (OpenIddict signs
/// with the first RS256 credential), then the other published keys (validation and JWKS only), and the encryption
/// keys. Its change tokens rebuild OpenIddict's server and then validation options when the keys change.
/// </summary>
internal sealed class OpenIddictKeyConfiguration(SigningKeyManager keys) :
    IConfigureOptions<OpenIddictServerOptions>,
    IOptionsChangeTokenSource<OpenIddictServerOptions>
{
    public string? Name => Options.DefaultName;

    public void Configure(OpenIddictServerOptions options)
    {
        var current = keys.Current;
        options.SigningCredentials.Clear();
        options.SigningCredentials.Add(new SigningCredentials(current.Signing, SecurityAlgorithms.RsaSha256));
        options.SigningCredentials.AddRange(current.OtherPublished.Select(key => new SigningCredentials(key, SecurityAlgorithms.RsaSha256)));
        options.EncryptionCredentials.Clear();
        options.EncryptionCredentials.AddRange(current.Encryption.Select(key =>
            new EncryptingCredentials(key, SecurityAlgorithms.Aes256KW, SecurityAlgorithms.Aes256CbcHmacSha512)));
    }

    public IChangeToken GetChangeToken() => keys.GetServerChangeToken();
}
