namespace Lint.Rules;

/// <summary>
/// A check kind whose rules take options from configuration (<c>lint.ID.option = value</c>). Configuration naming an
/// option the kind does not have, or a value it does not accept, is reported (ED0012) rather than ignored.
/// </summary>
public interface IConfigurableCheck : ICheck
{
    /// <summary>Each option the kind reads from configuration, with the values it accepts.</summary>
    IReadOnlyDictionary<string, IReadOnlyList<string>> ConfigurationOptions { get; }
}
