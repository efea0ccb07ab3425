using System.Reflection;
using System.Text.Json.Serialization;
using Codebook.Cli.Output;

namespace Codebook.Cli.Tests;

[TestClass]
public sealed class JsonOutputTypesTests
{
    /// <summary>The generator's own string-enum option would print an enum's names as declared (PascalCase), so
    /// <see cref="CliJson.EnumConverters"/> lists each enum by hand: one left out would print as a number.</summary>
    [TestMethod]
    public void EveryEnumInAnOutputIsWrittenAsACamelCaseString()
    {
        var outputs = typeof(CliJson).CustomAttributes.Where(a => a.AttributeType == typeof(JsonSerializableAttribute))
            .Select(a => (Type)a.ConstructorArguments[0].Value!);
        var enums = new HashSet<Type>();
        var seen = new HashSet<Type>();
        foreach (var output in outputs) Collect(output, enums, seen);

        Assert.IsTrue(enums.Count > 0);
        var converters = Json.Types.Options.Converters;
        var missing = enums.Where(e => !converters.Any(c => c.CanConvert(e))).Select(e => e.Name).Order().ToList();
        Assert.AreEqual("", string.Join(", ", missing), "enums without a camelCase converter in CliJson.EnumConverters");
    }

    private static void Collect(Type type, HashSet<Type> enums, HashSet<Type> seen)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (!seen.Add(type)) return;
        if (type.IsEnum) enums.Add(type);
        else if (type.IsArray) Collect(type.GetElementType()!, enums, seen);
        else if (type.IsGenericType && type.Namespace?.StartsWith("System", StringComparison.Ordinal) == true)
        {
            foreach (var argument in type.GetGenericArguments()) Collect(argument, enums, seen);
        }
        else if (type.Namespace?.StartsWith("Codebook", StringComparison.Ordinal) == true)
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)) Collect(property.PropertyType, enums, seen);
        }
    }
}
