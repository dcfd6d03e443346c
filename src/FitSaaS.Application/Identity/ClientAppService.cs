using System.Security.Cryptography;
using FitSaaS.Framework.Application;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.MultiTenancy;
using Microsoft.AspNetCore.Authorization;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace FitSaaS.Identity;

/// <inheritdoc cref="IClientAppService"/>
/// <remarks>
/// Clients are OpenIddict applications (<see cref="OAuthApplication"/>) of the current tenant; OpenIddict's manager
/// hashes secrets and keeps its caches right. A client of another tenant is reported as not found.
/// </remarks>
[Authorize(IdentityPermissions.Clients.Default)]
public sealed class ClientAppService(
    IOpenIddictApplicationManager applications,
    IOAuthClientRepository clients,
    ICurrentTenant currentTenant) : ApplicationService, IClientAppService
{
    /// <inheritdoc/>
    public async Task<PagedResultDto<ClientDto>> GetListAsync(GetClientListInput input)
    {
        var (items, total) = await clients.GetPagedListAsync(input.Filter, input.SkipCount, input.MaxResultCount);
        var dtos = new List<ClientDto>(items.Count);
        foreach (var item in items)
        {
            dtos.Add(await ToDtoAsync(item));
        }

        return new PagedResultDto<ClientDto>(total, dtos);
    }

    /// <inheritdoc/>
    public async Task<ClientDto> GetAsync(Guid id) => await ToDtoAsync(await GetOwnAsync(id));

    /// <inheritdoc/>
    [Authorize(IdentityPermissions.Clients.Create)]
    public async Task<ClientWithSecretDto> CreateAsync(CreateClientDto input)
    {
        // A client token's sub is its client_id: one that reads as a user id would pass for that user.
        if (Guid.TryParse(input.ClientId, out _) || await applications.FindByClientIdAsync(input.ClientId) is not null)
        {
            throw new BusinessException(IdentityErrorCodes.DuplicateClientId, "This client_id is taken.").WithData("clientId", input.ClientId);
        }

        var secret = NewSecret();
        var descriptor = OAuthClientDescriptors.MachineClient(input.ClientId, input.DisplayName, Scopes(input.Scopes));
        descriptor.ClientSecret = secret;
        // The new row takes the current tenant (null = host) when it is saved.
        var client = (OAuthApplication)await applications.CreateAsync(descriptor);
        return new ClientWithSecretDto { Client = await ToDtoAsync(client), ClientSecret = secret };
    }

    /// <inheritdoc/>
    [Authorize(IdentityPermissions.Clients.Update)]
    public async Task<ClientDto> UpdateAsync(Guid id, UpdateClientDto input)
    {
        var client = await GetConfidentialAsync(id);
        var descriptor = new OpenIddictApplicationDescriptor();
        await applications.PopulateAsync(descriptor, client);
        descriptor.DisplayName = input.DisplayName;
        OAuthClientDescriptors.SetMachinePermissions(descriptor, Scopes(input.Scopes));
        await applications.UpdateAsync(client, descriptor);
        return await ToDtoAsync(client);
    }

    /// <inheritdoc/>
    [Authorize(IdentityPermissions.Clients.Update)]
    public async Task<ClientWithSecretDto> RegenerateSecretAsync(Guid id)
    {
        var client = await GetConfidentialAsync(id);
        var secret = NewSecret();
        await applications.UpdateAsync(client, secret);
        return new ClientWithSecretDto { Client = await ToDtoAsync(client), ClientSecret = secret };
    }

    /// <inheritdoc/>
    [Authorize(IdentityPermissions.Clients.Delete)]
    public async Task DeleteAsync(Guid id) => await applications.DeleteAsync(await GetConfidentialAsync(id));

    private async Task<OAuthApplication> GetOwnAsync(Guid id)
    {
        // OpenIddict finds clients across tenants (client authentication); management sees the current tenant's only.
        var client = await applications.FindByIdAsync(id.ToString()) as OAuthApplication;
        return client is not null && client.TenantId == currentTenant.Id
            ? client
            : throw new EntityNotFoundException(typeof(OAuthApplication), id);
    }

    private async Task<OAuthApplication> GetConfidentialAsync(Guid id)
    {
        var client = await GetOwnAsync(id);
        return client.ClientType == ClientTypes.Public
            ? throw new BusinessException(IdentityErrorCodes.BuiltInClient, "The public first-party client cannot be changed here.")
            : client;
    }

    private static string NewSecret() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static IEnumerable<string> Scopes(IReadOnlyList<string>? scopes) =>
        scopes is { Count: > 0 } ? scopes : [IdentityConsts.ApiScope];

    private async Task<ClientDto> ToDtoAsync(OAuthApplication client)
    {
        var permissions = await applications.GetPermissionsAsync(client);
        return new ClientDto
        {
            Id = client.Id,
            ClientId = client.ClientId!,
            DisplayName = client.DisplayName ?? client.ClientId!,
            IsPublic = client.ClientType == ClientTypes.Public,
            AllowedGrantTypes = OAuthClientDescriptors.GrantTypesOf(permissions),
            Scopes = OAuthClientDescriptors.ScopesOf(permissions),
        };
    }
}
