using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace FitSaaS.Identity;

/// <summary>
/// RFC 7009 revocation of a refresh token (sign-out) revokes its whole family: after OpenIddict revoked the token
/// itself, the authorization it belongs to and every token of that authorization are revoked too.
/// </summary>
internal sealed class RevokeTokenFamilyHandler(IOpenIddictAuthorizationManager authorizations, IOpenIddictTokenManager tokens)
    : IOpenIddictServerHandler<HandleRevocationRequestContext>
{
    /// <summary>Runs right after OpenIddict's own revocation handler.</summary>
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<HandleRevocationRequestContext>()
            .UseScopedHandler<RevokeTokenFamilyHandler>()
            .SetOrder(OpenIddictServerHandlers.Revocation.RevokeToken.Descriptor.Order + 1)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(HandleRevocationRequestContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.GenericTokenPrincipal?.GetAuthorizationId() is not { Length: > 0 } authorizationId)
        {
            return;
        }

        await tokens.RevokeByAuthorizationIdAsync(authorizationId, context.CancellationToken);
        if (await authorizations.FindByIdAsync(authorizationId, context.CancellationToken) is { } authorization)
        {
            await authorizations.TryRevokeAsync(authorization, context.CancellationToken);
        }
    }
}
