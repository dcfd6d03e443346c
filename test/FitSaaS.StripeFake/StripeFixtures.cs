using System.Text.Json.Nodes;

namespace FitSaaS.Testing.Stripe;

/// <summary>
/// The shapes of Stripe's objects: Fixtures/fixtures.json, a subset of Stripe's OpenAPI fixtures (fixtures3.json, MIT,
/// Fixtures/LICENSE.stripe-openapi), embedded in the assembly. The fake copies one and overrides its fields.
/// </summary>
internal static class StripeFixtures
{
    private static readonly Lazy<JsonObject> s_resources = new(Load);

    /// <summary>A fresh copy of the fixture of an object type (<c>payment_intent</c>, <c>setup_intent</c>…).</summary>
    public static JsonObject Create(string objectType) =>
        s_resources.Value[objectType]?.DeepClone().AsObject() ?? throw new InvalidOperationException($"No fixture for '{objectType}'.");

    private static JsonObject Load()
    {
        using var stream = typeof(StripeFixtures).Assembly.GetManifestResourceStream("FitSaaS.Testing.Stripe.fixtures.json")
            ?? throw new InvalidOperationException("The Stripe fixtures are not embedded.");
        return JsonNode.Parse(stream)!["resources"]!.AsObject();
    }
}
