package org.networkedcare.governance.assurance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.networkedcare.governance.reference.GovernanceReference;

class WorkedExampleTest {

  @Test
  void printsIt() {
    Assessment a = DecisionEngine.evaluate(EasternEye.document(), GovernanceReference.defaults(), LocalDate.of(2024, 9, 20));
    System.out.println(a.render());
    assertEquals(9, a.findings().size());
  }
}
