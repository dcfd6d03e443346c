namespace FitSaaS.Framework.AspNetCore.ApiDefinition;

/// <summary>
/// A reference to a type. <see cref="Name"/> is CLR-like: <c>System.Guid</c>, <c>System.Int32?</c> (nullable value type),
/// <c>[FitSaaS.Bookings.BookingDto]</c> (a collection), <c>{System.String:System.String}</c> (a dictionary),
/// <c>FitSaaS.Framework.Application.PagedResultDto&lt;FitSaaS.Bookings.BookingDto&gt;</c> (a closed generic), or <c>void</c>.
/// </summary>
/// <param name="Name">The type name; DTOs and enums are described under it (generic ones under their definition) in the <c>types</c> map.</param>
/// <param name="JsonType">The JSON shape: <c>string</c>, <c>integer</c>, <c>number</c>, <c>boolean</c>, <c>array</c>, <c>object</c>, or <c>void</c>.</param>
public sealed record TypeReferenceApiDefinition(string Name, string JsonType);
