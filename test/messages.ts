// Every test words messages with the catalogue the server reads (src/content/message-files.ts),
// as the server and the web install theirs at start.
import '../src/content/message-files';
