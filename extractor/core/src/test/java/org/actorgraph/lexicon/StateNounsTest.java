package org.actorgraph.lexicon;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StateNounsTest {

  @Test
  void aStatesProsecutorsAndJudgesActForItAsItsPoliceDo() {
    for (String noun : new String[] {"police", "prosecutors", "judges"}) {
      assertTrue(StateNouns.GROUP.contains(noun), noun);
    }
  }
}
