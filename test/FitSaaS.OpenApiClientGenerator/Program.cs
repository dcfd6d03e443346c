// Usage: FitSaaS.OpenApiClientGenerator <openapi.json> <output.cs>
// Writes the NSwag C# client of the document (FitSaaSApiClientGenerator); rewrites the output only when it changes.
using FitSaaS.OpenApiClientGenerator;

if (args.Length != 2)
{
    await Console.Error.WriteLineAsync("Usage: FitSaaS.OpenApiClientGenerator <openapi.json> <output.cs>");
    return 2;
}

var code = await FitSaaSApiClientGenerator.GenerateAsync(await File.ReadAllTextAsync(args[0]));
if (!File.Exists(args[1]) || await File.ReadAllTextAsync(args[1]) != code)
{
    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(args[1]))!);
    await File.WriteAllTextAsync(args[1], code);
}

return 0;
