using System.Text.Json;
using Pst.Core.Recipes;

namespace Pst.Core.Settings;

/// <summary>A setting key a module owns, with the check its value must pass before a recipe may write it.</summary>
public interface ISettingDefinition
{
    string Key { get; }

    void Validate(JsonElement value, string path, RecipeStepValidation validation);
}
