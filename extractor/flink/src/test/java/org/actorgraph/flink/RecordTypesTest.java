package org.actorgraph.flink;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.junit.jupiter.api.Test;

/** What travels between tasks is serialised by Flink's POJO serializer, not by Kryo. */
class RecordTypesTest {

  @Test
  void articleInputsAndGraphMessagesArePojos() {
    assertInstanceOf(PojoTypeInfo.class, TypeInformation.of(ArticleInput.class));
    assertInstanceOf(PojoTypeInfo.class, TypeInformation.of(GraphMessage.class));
  }
}
