using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using FitSaaS.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace FitSaaS.HttpApi.Host.Tests.Identity;

/// <summary>
/// A browser scripted with <see cref="HttpClient"/> (cookies kept, redirects followed by hand) through the authorization
/// code flow with PKCE: the authorization request, the sign-in page's form (with its anti-forgery token), the redirect back to
/// the client with the code, and the code's redemption at the token endpoint.
/// </summary>
public sealed partial class AuthorizationCodeBrowser(HttpClient http)
{
    /// <summary>The Swagger UI client's redirect URI under the default <c>Identity:SwaggerRootUrl</c>.</summary>
    public const string DefaultSwaggerRedirectUri = "http://localhost:5080/swagger/oauth2-redirect.html";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    /// <summary>The client it drives.</summary>
    public HttpClient Http => http;

    /// <summary>A PKCE verifier (43 characters, RFC 7636 §4.1) and its S256 challenge.</summary>
    public static (string Verifier, string Challenge) NewPkce()
    {
        var verifier = Base64UrlTextEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        return (verifier, Base64UrlTextEncoder.Encode(SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(verifier))));
    }

    /// <summary>The URL of an authorization request (response type <c>code</c>); <paramref name="extra"/> added as given.</summary>
    public static string AuthorizeUrl(string clientId, string redirectUri, string scope, string? challenge, string method = "S256",
        string state = "state-1", IEnumerable<KeyValuePair<string, string?>>? extra = null)
    {
        var query = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["client_id"] = clientId,
            ["response_type"] = "code",
            ["redirect_uri"] = redirectUri,
            ["scope"] = scope,
            ["state"] = state,
            ["nonce"] = "nonce-1",
        };
        if (challenge is not null)
        {
            query["code_challenge"] = challenge;
            query["code_challenge_method"] = method;
        }

        foreach (var (key, value) in extra ?? [])
        {
            query[key] = value;
        }

        return QueryHelpers.AddQueryString(TokenServerEndpoints.AuthorizationPath, query);
    }

    /// <summary>A GET without following redirects.</summary>
    public Task<HttpResponseMessage> GetAsync(string url) => http.GetAsync(new Uri(url, UriKind.RelativeOrAbsolute), Cancellation);

    /// <summary>Requests <paramref name="authorizeUrl"/>; when the browser has no session it must be sent to the sign-in page, whose form is returned.</summary>
    public async Task<LoginForm> OpenSignInPageAsync(string authorizeUrl)
    {
        using var authorize = await GetAsync(authorizeUrl);
        authorize.StatusCode.ShouldBe(HttpStatusCode.Redirect, await authorize.Content.ReadAsStringAsync(Cancellation));
        var location = authorize.Headers.Location.ShouldNotBeNull();
        location.OriginalString.ShouldContain(SignInCookie.LoginPath, Case.Insensitive);
        return await ReadFormAsync(location.OriginalString);
    }

    /// <summary>Reads the sign-in page at <paramref name="url"/> and its form.</summary>
    public async Task<LoginForm> ReadFormAsync(string url)
    {
        using var page = await GetAsync(url);
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        return LoginForm.Parse(await page.Content.ReadAsStringAsync(Cancellation));
    }

    /// <summary>Posts the sign-in form (with its anti-forgery token unless <paramref name="withAntiforgeryToken"/> is false).</summary>
    public Task<HttpResponseMessage> SubmitAsync(LoginForm form, string? tenant, string userName, string password, bool withAntiforgeryToken = true)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Tenant"] = tenant ?? string.Empty,
            ["UserName"] = userName,
            ["Password"] = password,
        };
        if (withAntiforgeryToken)
        {
            fields["__RequestVerificationToken"] = form.AntiforgeryToken;
        }

        return http.PostAsync(new Uri(form.Action, UriKind.Relative), new FormUrlEncodedContent(fields), Cancellation);
    }

    /// <summary>
    /// The whole front channel: authorization request, sign-in, back to the authorization endpoint, and the redirect to the
    /// client; returns the redirect's query (<c>code</c> and <c>state</c>, or <c>error</c>).
    /// </summary>
    public async Task<Dictionary<string, string>> SignInAndAuthorizeAsync(string authorizeUrl, string? tenant, string userName, string password)
    {
        var form = await OpenSignInPageAsync(authorizeUrl);
        using var posted = await SubmitAsync(form, tenant, userName, password);
        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect, await posted.Content.ReadAsStringAsync(Cancellation));
        return await FollowToClientAsync(posted.Headers.Location.ShouldNotBeNull().OriginalString);
    }

    /// <summary>Follows redirects from <paramref name="url"/> until one leads to the client (off the token server's pages); returns that redirect's query.</summary>
    public async Task<Dictionary<string, string>> FollowToClientAsync(string url)
    {
        for (var hop = 0; hop < 5; hop++)
        {
            using var response = await GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"{url}: {await response.Content.ReadAsStringAsync(Cancellation)}");
            var location = response.Headers.Location.ShouldNotBeNull();
            if (!IsTokenServerPage(location))
            {
                return QueryHelpers.ParseQuery(location.Query).ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal);
            }

            url = location.OriginalString;
        }

        throw new InvalidOperationException("Too many redirects.");
    }

    /// <summary>Redeems a code at the token endpoint; the response's JSON and status.</summary>
    public async Task<(HttpStatusCode Status, JsonElement Body)> RedeemAsync(string clientId, string redirectUri, string code, string? verifier)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = clientId,
            ["redirect_uri"] = redirectUri,
            ["code"] = code,
        };
        if (verifier is not null)
        {
            fields["code_verifier"] = verifier;
        }

        using var response = await http.PostAsync(new Uri(TokenServerEndpoints.TokenPath, UriKind.Relative), new FormUrlEncodedContent(fields), Cancellation);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancellation));
        return (response.StatusCode, json.RootElement.Clone());
    }

    /// <summary>True for the server's own <c>/connect/…</c> and <c>/account/…</c> pages (the client's redirect URI may be on the same host).</summary>
    private bool IsTokenServerPage(Uri location)
    {
        var path = location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?')[0];
        var sameHost = !location.IsAbsoluteUri ||
                       (http.BaseAddress is { } baseAddress && location.GetLeftPart(UriPartial.Authority) == baseAddress.GetLeftPart(UriPartial.Authority));
        return sameHost && (path.StartsWith("/connect/", StringComparison.OrdinalIgnoreCase) || path.StartsWith("/account/", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The sign-in page's form: where it posts and its anti-forgery token, and the message shown, if any.</summary>
    public sealed partial record LoginForm(string Action, string AntiforgeryToken, string? Error, string? Tenant)
    {
        /// <summary>Reads the form out of the page's HTML.</summary>
        public static LoginForm Parse(string html)
        {
            var action = FormAction().Match(html);
            action.Success.ShouldBeTrue("the page has the sign-in form");
            var token = AntiforgeryInput().Match(html);
            token.Success.ShouldBeTrue("the form carries an anti-forgery token");
            var error = ErrorParagraph().Match(html);
            var tenant = TenantInput().Match(html);
            return new LoginForm(WebUtility.HtmlDecode(action.Groups[1].Value), WebUtility.HtmlDecode(token.Groups[1].Value),
                error.Success ? WebUtility.HtmlDecode(error.Groups[1].Value) : null,
                tenant.Success ? WebUtility.HtmlDecode(tenant.Groups[1].Value) : null);
        }

        [GeneratedRegex("<form method=\"post\" action=\"([^\"]*account/login[^\"]*)\"", RegexOptions.IgnoreCase)]
        private static partial Regex FormAction();

        [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
        private static partial Regex AntiforgeryInput();

        [GeneratedRegex("<p class=\"error\" role=\"alert\" id=\"error\">([^<]*)</p>")]
        private static partial Regex ErrorParagraph();

        [GeneratedRegex("id=\"tenant\" name=\"Tenant\" value=\"([^\"]*)\"")]
        private static partial Regex TenantInput();
    }
}
