using System.Security.Cryptography;
using FitSaaS.Framework.Application;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Guids;
using FitSaaS.Framework.MultiTenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace FitSaaS.Identity;

/// <inheritdoc cref="IClientAppService"/>
[Authorize(IdentityPermissions.Clients.Default)]
public sealed class ClientAppService(
    IOAuthClientRepository clients,
    IPasswordHasher<OAuthClient> hasher,
    IGuidGenerator guids,
    ICurrentTenant currentTenant) : ApplicationService, IClientAppService
{
    /// <inheritdoc/>
    public async Task<PagedResultDto<ClientDto>> GetListAsync(GetClientListInput input)
    {
        var (items, total) = await clients.GetPagedListAsync(input.Filter, input.SkipCount, input.MaxResultCount);
        return new PagedResultDto<ClientDto>(total, items.Select(ToDto).ToList());
    }

    /// <inheritdoc/>
    public async Task<ClientDto> GetAsync(Guid id) => ToDto(await clients.GetAsync(id));

    /// <inheritdoc/>
    [Authorize(IdentityPermissions.Clients.Create)]
    public async Task<ClientWithSecretDto> CreateAsync(CreateClientDto input)
    {
        if (await clients.FindByClientIdAsync(input.ClientId) is not null)
        {
            throw new BusinessException(IdentityErrorCodes.DuplicateClientId, "This client_id is taken.").WithData("clientId", input.ClientId);
        }

        var client = new OAuthClient(guids.Create(), currentTenant.Id, input.ClientId, input.DisplayName, IdentityConsts.ConfidentialGrantTypes, Scopes(input.Scopes));
        var secret = NewSecret(client);
        await clients.InsertAsync(client, autoSave: true);
        return new ClientWithSecretDto { Client = ToDto(client), ClientSecret = secret };
    }

    /// <inheritdoc/>
    [Authorize(IdentityPermissions.Clients.Update)]
    public async Task<ClientDto> UpdateAsync(Guid id, UpdateClientDto input)
    {
        var client = await GetConfidentialAsync(id);
        client.Update(input.DisplayName, IdentityConsts.ConfidentialGrantTypes, Scopes(input.Scopes));
        await clients.UpdateAsync(client, autoSave: true);
        return ToDto(client);
    }

    /// <inheritdoc/>
    [Authorize(IdentityPermissions.Clients.Update)]
    public async Task<ClientWithSecretDto> RegenerateSecretAsync(Guid id)
    {
        var client = await GetConfidentialAsync(id);
        var secret = NewSecret(client);
        await clients.UpdateAsync(client, autoSave: true);
        return new ClientWithSecretDto { Client = ToDto(client), ClientSecret = secret };
    }

    /// <inheritdoc/>
    [Authorize(IdentityPermissions.Clients.Delete)]
    public async Task DeleteAsync(Guid id) => await clients.DeleteAsync(await GetConfidentialAsync(id));

    private async Task<OAuthClient> GetConfidentialAsync(Guid id)
    {
        var client = await clients.GetAsync(id);
        return client.IsPublic
            ? throw new BusinessException(IdentityErrorCodes.BuiltInClient, "The public first-party client cannot be changed here.")
            : client;
    }

    private string NewSecret(OAuthClient client)
    {
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        client.SetSecretHash(hasher.HashPassword(client, secret));
        return secret;
    }

    private static IEnumerable<string> Scopes(IReadOnlyList<string>? scopes) =>
        scopes is { Count: > 0 } ? scopes : [IdentityConsts.ApiScope];

    private static ClientDto ToDto(OAuthClient client) => new()
    {
        Id = client.Id,
        ClientId = client.ClientId,
        DisplayName = client.DisplayName,
        IsPublic = client.IsPublic,
        AllowedGrantTypes = client.AllowedGrantTypes.Split(' ', StringSplitOptions.RemoveEmptyEntries),
        Scopes = client.GetScopes(),
    };
}
