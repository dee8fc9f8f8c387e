// networkedcare JShell startup: the imports and the example evaluation document ready.
// jshell --class-path examples/target/networkedcare.jar --startup DEFAULT --startup examples/jshell/startup.jsh
import java.nio.file.*;
import java.time.*;
import org.networkedcare.core.*;
import org.networkedcare.core.json.NetworkJson;
import org.networkedcare.core.measure.*;
import org.networkedcare.core.network.*;
import org.networkedcare.examples.report.*;
import org.networkedcare.metrics.appraisal.*;
import org.networkedcare.metrics.json.AppraisalJson;
import org.networkedcare.metrics.spc.*;
import org.networkedcare.metrics.funnel.*;
import org.networkedcare.metrics.uncertainty.*;
import org.networkedcare.governance.assurance.*;
import org.networkedcare.examples.*;
import org.networkedcare.examples.data.*;
var example = Examples.bbmk();
System.out.println("networkedcare: `example` is the BBMK evaluation document; try BoardPack.evaluate(example, example.asOf())");
