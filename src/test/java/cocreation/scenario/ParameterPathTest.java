package cocreation.scenario;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class ParameterPathTest {
    @Test
    void theGrammarIsDottedKeysWithListIndices() {
        assertEquals(3, ParameterPath.parse("arenas[0].facilitation.humour").segments().size());
        assertEquals(new ParameterPath.Segment("arenas", 2), ParameterPath.parse("arenas[2].depth").segments().get(0));
        for (String bad : new String[] {"", "a..b", "a.", "A.b", "a[x].b", "a[0]b", "a b"})
            assertNull(ParameterPath.parse(bad), "'" + bad + "' is not a path");
        assertEquals(Integer.MAX_VALUE, ParameterPath.parse("arenas[99999999999].x").segments().get(0).index(),
                "an index too long for an int is one the scenario does not have");
    }

    @Test
    void theRegistryAndTheTablesUseTheirOwnFormsOfOnePath() {
        assertEquals("arenas[].facilitation.humour", ParameterPath.generic("arenas[3].facilitation.humour"));
        assertEquals("arenas.3.facilitation.humour", ParameterPath.column("arenas[3].facilitation.humour"));
        assertEquals("arenas[3].facilitation.humour", ParameterPath.ofColumn("arenas.3.facilitation.humour"));
        assertEquals("municipality.time_pressure", ParameterPath.ofColumn(ParameterPath.column("municipality.time_pressure")));
    }

    @Test
    void aTreeIsSetAtThePathOrTheProblemNamed() throws Exception {
        ObjectNode tree = (ObjectNode) ScenarioReader.JSON.readTree("{\"arenas\": [{\"capacity\": 30}], \"steps\": 5}");
        assertNull(ParameterPath.parse("arenas[0].capacity").set(tree, IntNode.valueOf(12)));
        assertEquals(12, tree.at("/arenas/0/capacity").asInt());
        assertNull(ParameterPath.parse("municipality.drift").set(tree, IntNode.valueOf(0)), "sections are made on the way");
        assertEquals("arenas[4].capacity: arenas[4] does not exist (the scenario has 1)",
                ParameterPath.parse("arenas[4].capacity").set(tree, IntNode.valueOf(1)));
        assertEquals("steps.x: steps is not a section", ParameterPath.parse("steps.x").set(tree, IntNode.valueOf(1)));
        assertEquals("a.: not a parameter path", Overrides.set(tree, "a.", IntNode.valueOf(1)));
    }

    @Test
    void aTreeIsReadAtThePathOrBelowAPrefixOfIt() throws Exception {
        var tree = ScenarioReader.JSON.readTree("{\"arenas\": [{\"depth\": \"thick\"}], \"municipality\": {\"regime\": \"2.0\"}}");
        assertEquals("thick", ParameterPath.parse("arenas[0].depth").get(tree).asText());
        assertNull(ParameterPath.parse("arenas[1].depth").get(tree), "no such element");
        assertNull(ParameterPath.parse("municipality[0].regime").get(tree), "a section is not a list");
        assertNull(ParameterPath.parse("municipality.leadership").get(tree));
        assertEquals("2.0", ParameterPath.below("municipality", tree.get("municipality"), "municipality.regime").asText());
        assertEquals("thick", ParameterPath.below("arenas", tree.get("arenas"), "arenas[0].depth").asText(), "a prefix that holds a list");
        assertNull(ParameterPath.below("municipality", tree.get("municipality"), "municipality.leadership"));
        assertNull(ParameterPath.below("municipality", tree.get("municipality"), "municipality"), "the path itself is not below it");
        assertNull(ParameterPath.below("arenas", tree.get("arenas"), "arenas[0]..depth"), "not a path");
    }

    @Test
    void aScenarioFieldIsReadAndWrittenByItsPath() {
        Scenario s = new Scenario();
        s.arenas.add(new ArenaPlan());
        ParameterPath.parse("arenas[0].facilitation.humour").field(s).set(0.9);
        assertEquals(0.9, s.arenas.get(0).facilitation.humour);
        assertEquals(s.municipality.time_pressure, ParameterPath.parse("municipality.time_pressure").field(s).get());
        assertThrows(IllegalStateException.class, () -> ParameterPath.parse("arenas[5].depth").field(s));
    }
}
